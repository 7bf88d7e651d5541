import { render } from 'preact';
import { chromeNavigator } from '../../common/navigator';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';
import { extensionStoreClient } from '../../messaging/extension';

render(
  <PopupApp store={extensionStoreClient()} nav={chromeNavigator} />,
  document.getElementById('app')!,
);
