// Small .docx files for template tests, built with the project's own OOXML writer.

import PizZip from 'pizzip';
import { documentParts, p, r } from '../../src/minutes/ooxml';

/** A .docx whose body is one paragraph per string (the text of each is one run). */
export function docxWith(paragraphs: string[]): Uint8Array {
  return docxBody(paragraphs.map((t) => p([r(t)])).join(''));
}

export function docxBody(body: string): Uint8Array {
  const zip = new PizZip();
  for (const [path, content] of documentParts({ title: 'test', body, fontSize: 14 })) zip.file(path, content);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Overwrite the declared uncompressed size of an entry in both the local header and the central directory. */
export function lieAboutSize(zipBytes: Uint8Array, name: string, declared: number): Uint8Array {
  const out = new Uint8Array(zipBytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && matches(i + 30)) {
      view.setUint32(i + 22, declared, true);
    } else if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && matches(i + 46)) {
      view.setUint32(i + 24, declared, true);
    }
  }
  return out;
}
