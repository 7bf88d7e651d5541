import { defineBackground } from 'wxt/utils/define-background';
import { registerAlerts } from '../../background/notifications';
import { registerPageBridge } from '../../background/page-bridge';
import { OffboardDB, requestPersistence } from '../../storage/db';
import { registerStoreRouter } from '../../storage/background';
import { Store } from '../../storage/repo';
import { pageMessaging } from '../../webmail/page-messaging';
import { builtInTemplates } from '../../templates/library';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a message that woke the worker is answered.
    const store = new Store(new OffboardDB(), { builtInTemplateIds: new Set(builtInTemplates().map((t) => t.id)) });
    const alerts = registerAlerts(store);
    registerStoreRouter(store, undefined, { onChange: () => alerts.runSoon() });
    registerPageBridge(pageMessaging);
    void requestPersistence();
  },
});
