// The add-in's entry: waits for Office, then renders the pane on the real Excel with what Office says about itself
// (platform, display language, theme).

import { officeHost } from '../excel/host';
import { paneEnv, type OfficeLike } from './env';
import { mountTaskPane } from './mount';

const root = document.getElementById('root') as HTMLElement;

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.textContent =
      'Bình xét Thi đua chạy trong Excel: hãy mở từ nút trên thẻ Trang đầu. / Emulation Bloc Review runs inside Excel: open it from the Home tab.';
    return;
  }
  const createWorkbook =
    typeof Excel !== 'undefined' && typeof Excel.createWorkbook === 'function' ? (b64: string) => Excel.createWorkbook(b64) : undefined;
  mountTaskPane(root, { host: officeHost(), env: paneEnv(Office as unknown as OfficeLike, createWorkbook) });
});
