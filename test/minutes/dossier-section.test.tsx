// The Hồ sơ part of the Biên bản tab, rendered: what the meeting must still decide when an award is pending, and
// the files with one zip once the dossier is made.

import { renderToString } from 'react-dom/server';
import { DossierSection } from '../../src/taskpane/panels/minutes/DossierSection';
import { renderPane } from '../taskpane/render';

const bytes = new Uint8Array([0x50, 0x4b]);

test('pending: says the dossier is not made and what the meeting must still decide', () => {
  const view = {
    status: 'pending' as const,
    pending: [{ vi: 'Chưa có kết quả bỏ phiếu: Công an tỉnh …', en: 'No ballot yet: Công an tỉnh …' }],
    ballotMissing: false,
  };
  const vi = renderToString(renderPane(<DossierSection view={view} busy={false} onMake={() => undefined} />));
  expect(vi).toContain('Chưa lập được hồ sơ: Hội nghị còn phải quyết định');
  expect(vi).toContain('Chưa có kết quả bỏ phiếu: Công an tỉnh …');
  expect(vi).toContain('Bỏ phiếu lại');
  const en = renderToString(renderPane(<DossierSection view={view} busy={false} onMake={() => undefined} />, { lang: 'en' }));
  expect(en).toContain('No dossier yet: the meeting must still decide');
  expect(en).toContain('No ballot yet');
});

test('ready: every file named, the delivery note, the gaps', () => {
  const view = {
    status: 'ready' as const,
    files: [
      { kind: 'proposal' as const, unit: null, name: 'To-trinh-Khoi-thi-dua-so-3-2024.docx', bytes, preview: [] },
      { kind: 'report' as const, unit: 'Công an tỉnh', name: 'Bao-cao-thanh-tich-Cong-an-tinh.docx', bytes, preview: [] },
    ],
    zip: { name: 'Ho-so-Khoi-thi-dua-so-3-2024.zip', bytes },
    gaps: [{ vi: 'Nơi nhận hồ sơ (trang Thông tin)', en: 'Nơi nhận hồ sơ' }],
  };
  const html = renderToString(renderPane(<DossierSection view={view} busy={false} onMake={() => undefined} />));
  expect(html).toContain('To-trinh-Khoi-thi-dua-so-3-2024.docx');
  expect(html).toContain('Bao-cao-thanh-tich-Cong-an-tinh.docx');
  expect(html).toContain('Hồ sơ còn để trống');
  expect(html).toContain('Tải xuống');
  expect(html).not.toContain('_bxtd');
});
