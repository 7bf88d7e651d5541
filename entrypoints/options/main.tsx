import { render } from 'preact';
import { chromeNavigator } from '../../common/navigator';
import { OptionsApp } from '../../components/options/OptionsApp';
import { realTemplateTools } from '../../components/options/real-template-tools';
import { chromeWebmailPermissions } from '../../components/options/webmail-permissions';
import '../../components/ui/theme.css';
import '../../components/options/options.css';
import { extensionStoreClient } from '../../messaging/extension';

const app = document.getElementById('app')!;
const mount = () =>
  render(
    <OptionsApp
      store={extensionStoreClient()}
      nav={chromeNavigator}
      tools={realTemplateTools}
      hash={location.hash}
      webmailPermissions={chromeWebmailPermissions}
    />,
    app,
  );
mount();
// The popup may open this page at another client while it is already open.
window.addEventListener('hashchange', mount);
