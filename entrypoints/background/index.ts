import { defineBackground } from 'wxt/utils/define-background';
import { registerAlerts } from '../../background/notifications';
import { registerFirstRun } from '../../background/first-run';
import { registerPageBridge } from '../../background/page-bridge';
import { registerWebmailAccess } from '../../background/webmail-access';
import { registerPageInjection } from '../../background/page-injection';
import { DOWNLOADS_PERMISSION, registerAutoBackup, type DownloadsApi } from '../../background/auto-backup';
import { directBackupFiles, offscreenBackupFiles } from '../../background/backup-files';
import { localStoreClient } from '../../background/local-store-client';
import { backgroundMessengerOptions, registerStoreService } from '../../background/store-service';
import { offboardMessenger, onChannel } from '../../messaging/extension';
import { requestPersistence } from '../../storage/db';
import { LiveDatabase } from '../../storage/live-db';
import { STORE_CHANGES_CHANNEL } from '../../storage/protocol';
import { gatedUntilOpen, Store } from '../../storage/repo';
import { builtInTemplates } from '../../templates/library';

export default defineBackground({
  type: 'module',
  main() {
    // Listeners are registered synchronously so a message that woke the worker is answered.
    const extension = chrome.runtime;
    // The live database is named by a pointer (storage/live-db.ts): calls wait until it is read.
    const store = gatedUntilOpen(new Store(LiveDatabase.inBrowser(), { builtInTemplates: builtInTemplates() }));
    const alerts = registerAlerts(store);
    const messenger = offboardMessenger(backgroundMessengerOptions(extension));
    // Chrome's worker has no object URLs: an offscreen document makes the file. Firefox's event page can.
    const files = chrome.offscreen
      ? offscreenBackupFiles({ offscreen: chrome.offscreen, messenger, extension, newRun: () => crypto.randomUUID() })
      : directBackupFiles(localStoreClient(store));
    const autoBackup = registerAutoBackup({
      store,
      files,
      // chrome.downloads exists only while the optional permission is granted.
      downloads: () => chrome.downloads as unknown as DownloadsApi | undefined,
      hasPermission: () => chrome.permissions.contains({ permissions: [DOWNLOADS_PERMISSION] }),
      // The badge and the options page hear of it as of any change.
      onRecorded: () => service.announce([]),
    });
    const service = registerStoreService(messenger, store, {
      extension,
      onChange: () => {
        alerts.runSoon();
        autoBackup.check();
      },
    });
    onChannel(STORE_CHANGES_CHANNEL, (port) => service.acceptSubscriber(port));
    registerPageBridge(messenger, extension);
    registerFirstRun({ runtime: chrome.runtime, tabs: chrome.tabs });
    // The runtimes go into webmail tabs once their pages have loaded: the four webmails and the
    // company Outlook addresses the user granted (the host permissions, followed as they change).
    const webmailAccess = registerWebmailAccess({ permissions: chrome.permissions, scripting: chrome.scripting });
    registerPageInjection({ tabs: chrome.tabs, scripting: chrome.scripting }, webmailAccess, { tabFilter: import.meta.env.FIREFOX });
    void requestPersistence();
  },
});
