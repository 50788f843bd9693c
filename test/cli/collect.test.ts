// `bxtd collect` with untrusted returns: text from a return reaches the terminal with its control characters
// escaped (it can neither clear the screen nor forge a line), every JSON error carries its code, and each return
// is read, checked and dropped before the next is read.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readRegistry } from '../../src/workbook/ownership';
import { planSplit } from '../../src/workbook/split';
import { collectIntoMaster, loadMaster, type ReturnSource } from '../../src/xlsx/collect';
import { splitBytes } from '../../src/xlsx/split';
import { fillXlsx, gridsToXlsx, masterFixture } from '../roundtrip/fixture';
import { run, tempDir } from './cli';

const tmp = tempDir('bxtd-collect-');
const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];

/** A master split once: the master carrying the secret and the self-scoring files, by unit. */
async function splitMaster(): Promise<{ master: string; files: string[] }> {
  const given = path.join(tmp.dir, 'khoi.xlsx');
  await fs.writeFile(given, await gridsToXlsx(masterFixture().sheets));
  const r = await run(['split', given, '--out', path.join(tmp.dir, 'split'), '--json']);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { master: string; files: { file: string }[] };
  return { master: doc.master, files: doc.files.map((f) => f.file) };
}

test('text from a return is printed with its control characters escaped: no screen cleared, no line forged', async () => {
  const { master, files } = await splitMaster();
  // As Excel stores control characters in a cell (_xHHHH_), which the reader decodes.
  const forged = '_x001B_[2J_x001B_[H_x000D_8 tệp đã nhận, 0 bị từ chối\u009b31m\u202e';
  const evil = path.join(tmp.dir, 'evil.xlsx');
  await fs.writeFile(evil, await fillXlsx(await fs.readFile(files[0]), [forged, ...FULL.slice(1)]));
  const r = await run(['collect', master, evil, '--out', path.join(tmp.dir, 'out')]);
  expect(r.code).toBe(2);
  const printed = `${r.out}\n${r.err}`;
  // eslint-disable-next-line no-control-regex
  expect(printed).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  expect(printed).toContain('\\u001b[2J\\u001b[H 8 tệp đã nhận, 0 bị từ chối\\u009b31m\\u202e');
  // Each line starts as ours do: the forged count never begins a line.
  expect(printed.split('\n').filter((l) => l.startsWith('8 tệp'))).toEqual([]);
  // --json says the same, escaped the same way, and stays one valid document.
  const j = await run(['collect', master, evil, '--out', path.join(tmp.dir, 'out'), '--json']);
  // eslint-disable-next-line no-control-regex
  expect(j.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  const doc = JSON.parse(j.out) as { errors: { cell: string; code: string; message: string }[] };
  expect(doc.errors[0]).toMatchObject({ cell: 'evil.xlsx', code: 'roundtrip.refused' });
  expect(doc.errors[0].message).toContain('\u001b[2J');
});

test('every error of collect --json carries its code', async () => {
  const { master, files } = await splitMaster();
  const ca = path.join(tmp.dir, 'ca.xlsx');
  const again = path.join(tmp.dir, 'ca-lan-2.xlsx');
  const junk = path.join(tmp.dir, 'junk.xlsx');
  await fs.writeFile(ca, await fillXlsx(await fs.readFile(files[0]), FULL));
  await fs.writeFile(again, await fillXlsx(await fs.readFile(files[0]), [27, ...FULL.slice(1)]));
  await fs.writeFile(junk, 'không phải bảng tính');
  const r = await run([
    'collect',
    master,
    ca,
    again,
    junk,
    path.join(tmp.dir, 'missing.xlsx'),
    '--out',
    path.join(tmp.dir, 'out'),
    '--json',
  ]);
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.out) as { errors: { cell: string | null; code: string }[] };
  expect(doc.errors.map((e) => [e.cell, e.code])).toEqual([
    ['ca.xlsx', 'roundtrip.duplicate'],
    ['ca-lan-2.xlsx', 'roundtrip.duplicate'],
    ['junk.xlsx', 'roundtrip.refused'],
    ['missing.xlsx', 'roundtrip.refused'],
    [null, 'roundtrip.refused'],
    [null, 'roundtrip.duplicate'],
    [null, 'roundtrip.nothingAccepted'],
  ]);
});

test('collect reads, checks and drops each return before reading the next', async () => {
  const m = masterFixture();
  const loaded = await loadMaster(await gridsToXlsx(m.sheets));
  expect(readRegistry(loaded.sheets).secret).toBeNull();
  const books = planSplit(loaded.master!);
  const events: string[] = [];
  const returns: ReturnSource[] = await Promise.all(
    books.map(async (b, i) => {
      const data = await fillXlsx(await splitBytes(b), FULL);
      return {
        name: `r${i}.xlsx`,
        read: async () => {
          events.push(`read ${i}`);
          return { name: `r${i}.xlsx`, data };
        },
      };
    }),
  );
  const outcome = await collectIntoMaster({ ...loaded, master: loaded.master! }, returns, {
    onProgress: (done) => events.push(`checked ${done - 1}`),
  });
  expect(events).toEqual(books.flatMap((_, i) => [`read ${i}`, `checked ${i}`]));
  expect(outcome.report.files.map((f) => f.status)).toEqual(books.map(() => 'accepted'));
});

test('collecting into the master from before the split (without the secret) says which master to use', async () => {
  const { files } = await splitMaster();
  const ca = path.join(tmp.dir, 'ca.xlsx');
  await fs.writeFile(ca, await fillXlsx(await fs.readFile(files[0]), FULL));
  const before = path.join(tmp.dir, 'khoi.xlsx');
  const r = await run(['collect', before, ca, '--out', path.join(tmp.dir, 'out'), '--json']);
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.out) as { errors: { cell: string | null; code: string; message: string }[] };
  expect(doc.errors).toContainEqual({
    cell: null,
    code: 'roundtrip.refused',
    message: `Sổ gốc ${before} chưa có mã bảo mật của Khối. Nếu các tệp gửi về được tạo bằng bxtd split, hãy gộp vào sổ gốc mà lệnh đó đã ghi (khoi.so-goc.xlsx).`,
  });
});
