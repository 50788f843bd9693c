// The task pane's round-trip actions without a browser: the same functions the panel calls, and a server render.

import JSZip from 'jszip';
import { renderToString } from 'react-dom/server';
import {
  buildDownloads,
  conflictKey,
  loadPicked,
  masterFrom,
  RoundTripPanel,
  zipDownloads,
} from '../../src/taskpane/panels/RoundTripPanel';
import { collectReturns } from '../../src/workbook/collect';
import { planSplit } from '../../src/workbook/split';
import { fillXlsx, masterFixture } from './fixture';

const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];

describe('round-trip panel actions', () => {
  it('reads the master from the open workbook, or lists its errors by cell', () => {
    const m = masterFixture();
    expect(masterFrom(m.sheets, 'vi').master?.bloc.units).toHaveLength(4);
    const bad = masterFixture();
    bad.sheets[2].values[5][2] = 'ba mươi';
    const read = masterFrom(bad.sheets, 'en');
    expect(read.master).toBeNull();
    expect(read.errors.join('\n')).toMatch(/^Chấm điểm!C6: /m);
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

  it('renders both actions in Vietnamese and English', () => {
    const props = { readMaster: async () => [], applyPlan: async () => {} };
    const vi = renderToString(<RoundTripPanel lang="vi" {...props} />);
    expect(vi).toContain('Gửi đơn vị tự chấm');
    expect(vi).toContain('Nhận bảng tự chấm');
    expect(vi).toContain('multiple');
    const en = renderToString(<RoundTripPanel lang="en" {...props} />);
    expect(en).toContain('Take back self-scores');
  });
});
