/**
 * @jest-environment jsdom
 */
// Biên bản in jsdom on the strict Excel double: the meeting's documents as a list, each with its
// own download named for it and a preview folded under it (reflowed: a table's rows as labelled lines); the bloc's own
// templates folded away; removing kept templates asked twice; on Mac the default template cannot be taken, and says
// why; the dossier; a sơ kết has only the documents its meeting has.

import { act } from 'react';
import { docxWith } from '../minutes/docx';
import { allByTestId, byTestId, click, find, get, mountPane, openTab, sampleSheets, textOf, until } from './dom';

let made = 0;
beforeAll(() => {
  // jsdom has no object URLs; the pane makes one per file to download.
  Object.assign(URL, { createObjectURL: () => `blob:test/${++made}`, revokeObjectURL: () => undefined });
});

async function makeMinutes(panel: HTMLElement): Promise<HTMLElement> {
  await click(get('minutes-make', panel));
  return find('minutes-documents', panel, 60_000);
}

/** Picks a file in a FilePicker's hidden input, as the system dialog would. */
async function pick(input: HTMLElement, name: string, bytes: Uint8Array): Promise<void> {
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [new File([bytes.slice().buffer as ArrayBuffer], name)], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The accessible name of a button or link: its aria-label, else its text (hidden parts included, as screen readers read). */
const accessibleName = (el: Element) => el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ' ').trim();

test('the documents listed, each downloaded under its own name, its preview folded away', async () => {
  await mountPane({ sheets: await sampleSheets() });
  const panel = await openTab('minutes');
  const list = await makeMinutes(panel);
  const rows = allByTestId('minutes-nomination', list).concat(
    ...['handover', 'ballot', 'count'].map((k) => allByTestId(`minutes-${k}`, list)),
  );
  expect(rows.map((r) => textOf(r.querySelector('span')))).toEqual([
    'Biên bản họp bình xét, suy tôn',
    'Biên bản bàn giao Khối trưởng',
    'Phiếu bầu suy tôn Cờ thi đua',
    'Biên bản kiểm phiếu',
  ]);
  // Each download is named for its document.
  const downloads = ['nomination', 'handover', 'ballot', 'count'].map((k) => get(`minutes-download-${k}`, panel));
  const names = downloads.map(accessibleName);
  expect(names[0]).toBe('Tải về Biên bản họp bình xét, suy tôn');
  expect(new Set(names).size).toBe(4);
  expect(downloads[0].getAttribute('download')).toBe('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx');
  // The preview opens on request, as text that reflows: the score table's rows as lines labelled by their headings.
  expect(byTestId('minute-preview', panel)).toBeNull();
  const show = get('minutes-nomination-show', panel);
  expect(show.getAttribute('aria-expanded')).toBe('false');
  await click(show);
  expect(show.getAttribute('aria-expanded')).toBe('true');
  const preview = get('minute-preview', panel);
  expect(show.getAttribute('aria-controls')).toBe(preview.id);
  expect(textOf(preview)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(textOf(preview)).toMatch(/Đơn vị: Công an tỉnh/);
  // The bloc's own templates are there, folded.
  const templates = get('minutes-templates', panel) as HTMLDetailsElement;
  expect(templates.open).toBe(false);
  expect(allByTestId('minutes-template-nomination', templates)).toHaveLength(1);
}, 120_000);

test('kept templates are removed only when confirmed; Hủy keeps them', async () => {
  const { double } = await mountPane({ sheets: await sampleSheets() });
  const panel = await openTab('minutes');
  await makeMinutes(panel);
  const templates = get('minutes-templates', panel) as HTMLDetailsElement;
  templates.open = true;
  await pick(get('minutes-pick-nomination', panel), 'mau.docx', docxWith(['BIÊN BẢN RIÊNG {ten_khoi}']));
  await until(() => expect(textOf(get('minutes-origin-nomination', panel))).toBe('Đang dùng mẫu đã chọn: mau.docx'), 60_000);
  await click(get('minutes-keep', panel));
  await until(() => expect(textOf(get('minutes-origin-nomination', panel))).toBe('Đang dùng mẫu lưu trong sổ'), 60_000);
  const kept = () => double.model.sheets.some((s) => s.name === '_bxtd_mau');
  expect(kept()).toBe(true);

  await click(get('minutes-remove-all', panel));
  const question = get('minutes-remove-all-question', panel);
  expect(textOf(question)).toContain('Xóa mọi mẫu riêng đang lưu trong sổ?');
  expect(document.activeElement).toBe(get('minutes-remove-all-confirm', panel));
  await click(get('minutes-remove-all-cancel', panel));
  expect(byTestId('minutes-remove-all-question', panel)).toBeNull();
  expect(document.activeElement).toBe(get('minutes-remove-all', panel));
  expect(kept()).toBe(true);

  await click(get('minutes-remove-all', panel));
  await click(get('minutes-remove-all-confirm', panel));
  await until(() => expect(textOf(get('minutes-info', panel))).toContain('Đã xóa mẫu lưu trong sổ'), 60_000);
  expect(kept()).toBe(false);
}, 120_000);

test('Mac: the documents are previewed but not downloaded; the default template cannot be taken, and says why', async () => {
  await mountPane({ sheets: await sampleSheets(), platform: 'Mac' });
  const panel = await openTab('minutes');
  await makeMinutes(panel);
  expect(byTestId('minutes-download-nomination', panel)).toBeNull();
  expect(textOf(get('minutes-delivery', panel))).toContain('Excel cho Mac không cho tiện ích lưu tệp Word (.docx)');
  const take = get('minutes-default-nomination', panel) as HTMLButtonElement;
  expect(take.disabled).toBe(true);
  const why = document.getElementById(take.getAttribute('aria-describedby')!)!;
  expect(textOf(why)).toContain('Excel cho Mac không cho tiện ích lưu tệp Word');
}, 120_000);

test('the dossier of the sample: made, in sight, each file with its own download', async () => {
  await mountPane({ sheets: await sampleSheets() });
  const panel = await openTab('minutes');
  await click(get('dossier-make', panel));
  const files = await find('dossier-files', panel, 60_000);
  expect(textOf(get('dossier-made', panel))).toMatch(/^Đã lập hồ sơ: \d+ văn bản/);
  const names = allByTestId('dossier-file-0', files)
    .concat(allByTestId('dossier-file-1', files))
    .map((r) => textOf(r.querySelector('span')));
  expect(names[0]).toBe('Tờ trình đề nghị khen thưởng');
  expect(names[1]).toMatch(/^Báo cáo thành tích — /);
  const downloads = [...files.querySelectorAll('a[download]')].map(accessibleName);
  expect(new Set(downloads).size).toBe(downloads.length);
}, 120_000);

test('a sơ kết (first half of the year): the minute only, no ballot paper or count', async () => {
  const sheets = await sampleSheets();
  const info = sheets.find((s) => s.name === 'Thông tin')!;
  const row = info.values.findIndex((r) => r?.[0] === 'Kỳ');
  info.values[row][1] = '6 tháng đầu năm';
  await mountPane({ sheets });
  const panel = await openTab('minutes');
  const list = await makeMinutes(panel);
  expect(allByTestId('minutes-nomination', list)).toHaveLength(1);
  expect(byTestId('minutes-ballot', list)).toBeNull();
  expect(byTestId('minutes-count', list)).toBeNull();
}, 120_000);
