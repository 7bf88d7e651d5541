import { render } from 'preact';
import { chromeNavigator } from '../../common/navigator';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/popup/popup.css';
import { callStore, onStoreChanged } from '../../storage/api';

render(
  <PopupApp store={{ call: (op, req) => callStore(op, req), onChanged: onStoreChanged }} nav={chromeNavigator} />,
  document.getElementById('app')!,
);
