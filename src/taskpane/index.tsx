// The add-in's entry: waits for Office, then renders the pane on the real Excel.

import { officeHost } from '../excel/host';
import { mountTaskPane } from './mount';
import { officeIsDark } from './theme';

const root = document.getElementById('root') as HTMLElement;

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.textContent =
      'Bình xét Thi đua chạy trong Excel: hãy mở từ nút trên thẻ Trang đầu. / Bloc Review runs inside Excel: open it from the Home tab.';
    return;
  }
  mountTaskPane(root, { host: officeHost(), dark: officeIsDark(), icon: 'assets/icon-32.png' });
});
