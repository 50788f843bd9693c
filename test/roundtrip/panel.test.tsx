// The task pane's round-trip actions without a browser: the same functions the panel calls, and a server render.

import JSZip from 'jszip';
import { renderToString } from 'react-dom/server';
import {
  buildDownloads,
  conflictItem,
  conflictKey,
  loadPicked,
  masterFrom,
  zipDownloads,
} from '../../src/taskpane/panels/roundtrip/actions';
import { RoundTripPanel } from '../../src/taskpane/panels/roundtrip/RoundTripPanel';
import { initialRoundTrip, roundTrip, writable } from '../../src/taskpane/panels/roundtrip/state';
import { renderPane } from '../taskpane/render';
import { collectReturns } from '../../src/workbook/collect';
import { planSplit } from '../../src/workbook/split';
import { fillXlsx, masterFixture } from './fixture';

const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];

describe('round-trip panel actions', () => {
  it('reads the master from the open workbook, or lists its errors by cell', () => {
    const m = masterFixture();
    expect(masterFrom(m.sheets).master?.bloc.units).toHaveLength(4);
    const bad = masterFixture();
    bad.sheets[2].values[5][2] = 'ba mươi';
    const read = masterFrom(bad.sheets);
    expect(read.master).toBeNull();
    expect(read.issues.map((i) => `${i.sheet}!${i.cell}`)).toContain('Chấm điểm!C6');
  });

  it('builds every unit file and a zip holding them all', async () => {
    const files = await buildDownloads(planSplit(masterFixture()));
    expect(files.map((f) => f.unit)).toEqual(masterFixture().bloc.units.map((u) => u.name));
    expect(files.every((f) => f.bytes[0] === 0x50 && f.bytes[1] === 0x4b)).toBe(true);
    const zip = await JSZip.loadAsync(await zipDownloads(files));
    expect(Object.keys(zip.files).sort()).toEqual(files.map((f) => f.name).sort());
  });

  it('loads picked files with progress, refusing an oversized one without reading it', async () => {
    const m = masterFixture();
    const [ca] = await buildDownloads(planSplit(m, [0]));
    const filled = await fillXlsx(ca.bytes, FULL);
    const progress: string[] = [];
    const loaded = await loadPicked(
      [
        { name: 'ca.xlsx', size: filled.length, read: async () => filled.slice().buffer as ArrayBuffer },
        { name: 'huge.xlsx', size: 50 * 1024 * 1024, read: () => Promise.reject(new Error('must not be read')) },
      ],
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(progress).toEqual(['1/2', '2/2']);
    expect(loaded[1].loadError?.vi).toMatch(/quá lớn/);
    const report = collectReturns(m, loaded);
    expect(report.files.map((f) => f.status)).toEqual(['accepted', 'rejected']);
    expect(report.plan.cellWrites).toHaveLength(8);
  });

  it('notices when the master changed between the check and the merge', () => {
    const before = masterFixture();
    const after = masterFixture({ self: [[null, 13]] });
    const book = planSplit(before)[0];
    const grids = book.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => r.slice()), merges: s.merges }));
    grids[0].values[8][3] = 28;
    grids[0].values[10][3] = 14;
    const returns = [{ name: 'ca.xlsx', sheets: grids }];
    const k1 = conflictKey(collectReturns(before, returns));
    const k2 = conflictKey(collectReturns(after, returns));
    expect(k1).toBe('');
    expect(k2).toBe('Chấm điểm!D8=13>14');
    expect(conflictKey(collectReturns(after, returns, { overwrite: true }))).toBe(k2);
  });

  it('a conflicting cell is a located item (sheet and cell, clickable), worded before and after the merge', () => {
    const before = masterFixture();
    const after = masterFixture({ self: [[null, 13]] });
    const book = planSplit(before)[0];
    const grids = book.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => r.slice()), merges: s.merges }));
    grids[0].values[8][3] = 28;
    grids[0].values[10][3] = 14.5;
    const report = collectReturns(after, [{ name: 'ca.xlsx', sheets: grids }], { overwrite: true });
    const [c] = report.conflicts;
    const pending = conflictItem(c, false);
    expect([pending.sheet, pending.cell, pending.badge?.vi]).toEqual(['Chấm điểm', 'D8', 'Xung đột']);
    expect(pending.message.vi).toMatch(/đang có 13, gửi về 14,5$/);
    expect(pending.message.en).toMatch(/currently 13, returned 14.5$/);
    const done = conflictItem(c, true);
    expect([done.badge?.vi, done.data?.['data-overwritten']]).toEqual(['Đã ghi đè', 'true']);
  });

  it('one state: picking files starts over; overwrite counts the conflicts only once confirmed', () => {
    const m = masterFixture({ self: [[null, 13]] });
    const book = planSplit(m)[0];
    const grids = book.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => r.slice()), merges: s.merges }));
    grids[0].values[10][3] = 14;
    const returns = [{ name: 'ca.xlsx', sheets: grids }];
    const report = collectReturns(m, returns);
    let state = roundTrip(initialRoundTrip, {
      type: 'took',
      take: { step: 'checked', returns, report, overwrite: false, byName: false, note: null },
    });
    expect(writable(state.take)).toBe(report.plan.cellWrites.length);
    state = roundTrip(state, { type: 'overwrite', on: true });
    expect(writable(state.take)).toBe(report.plan.cellWrites.length + report.conflicts.length);
    state = roundTrip(state, { type: 'picked', files: [] });
    expect(state.take.step).toBe('idle');
  });

  it("renders both sections in Vietnamese and English, with the pane's own file picker", () => {
    const vi = renderToString(renderPane(<RoundTripPanel />, { lang: 'vi' }));
    expect(vi).toContain('Gửi bảng tự chấm');
    expect(vi).toContain('Nhận bảng tự chấm');
    expect(vi).toContain('Chọn tệp…');
    expect(vi).toContain('Chưa chọn tệp nào');
    expect(vi).toContain('multiple');
    const en = renderToString(renderPane(<RoundTripPanel />, { lang: 'en' }));
    expect(en).toContain('Collect returned self-scores');
    expect(en).toContain('No file chosen');
    expect(en).not.toContain('Take back');
  });
});
