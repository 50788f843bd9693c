// `npm run make-sample` is reproducible byte for byte (fixed document dates, fixed zip entry dates), and the committed
// sample is exactly what it makes: a change to the script shows as a change to the sample, never the other way.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { makeSample } from '../scripts/make-sample';

const COMMITTED = path.join(__dirname, '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

test('make-sample makes the same bytes every time, and they are the committed sample', async () => {
  const first = await makeSample();
  const second = await makeSample();
  expect(sha256(second)).toBe(sha256(first));
  // If this fails after a change to scripts/make-sample.ts, run `npm run make-sample` and commit the sample.
  expect(sha256(fs.readFileSync(COMMITTED))).toBe(sha256(first));
});

test('every zip entry and the document properties carry the fixed date, not the time of writing', async () => {
  const zip = await JSZip.loadAsync(await makeSample());
  const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
  expect([...dates]).toEqual(['2025-01-06T00:00:00.000Z']);
  const core = await zip.file('docProps/core.xml')!.async('string');
  expect(core).toMatch(/<dcterms:created[^>]*>2025-01-06T00:00:00Z<\/dcterms:created>/);
  expect(core).toMatch(/<dcterms:modified[^>]*>2025-01-06T00:00:00Z<\/dcterms:modified>/);
});
