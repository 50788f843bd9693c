// Reading the files a command is given: bounded, refused in words (missing, a folder, too large, unreadable, a Word
// document where a workbook is expected). Loaded by the commands that read files, never at start-up.

import { promises as fs } from 'node:fs';
import { BxtdError } from '../domain/errors';
import { formatSize } from '../domain/format';
import type { Text } from '../domain/model';
import { readCentralDirectory } from '../zip/guard';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The file's bytes; a missing file, a folder, or one above `maxBytes` is refused before it is read. */
export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES, tooBig?: (size: number) => Text): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new BxtdError('file.notFound', { vi: `Không tìm thấy tệp: ${file}`, en: `File not found: ${file}` }, { file });
  if (stat.isDirectory()) {
    throw new BxtdError(
      'file.notFile',
      {
        vi: `${file} là một thư mục, không phải tệp: hãy cho đường dẫn đến tệp.`,
        en: `${file} is a folder, not a file: give the path of a file.`,
      },
      { file },
    );
  }
  if (!stat.isFile()) {
    throw new BxtdError('file.notFile', { vi: `${file} không phải là một tệp thường.`, en: `${file} is not a regular file.` }, { file });
  }
  if (stat.size > maxBytes) {
    throw new BxtdError(
      'file.tooLarge',
      tooBig?.(stat.size) ?? {
        vi: `Tệp ${file} quá lớn (${formatSize(stat.size, 'vi')}); giới hạn là ${formatSize(maxBytes, 'vi')}.`,
        en: `File ${file} is too large (${formatSize(stat.size, 'en')}); the limit is ${formatSize(maxBytes, 'en')}.`,
      },
      { file },
    );
  }
  try {
    // A view of the buffer read, not a copy: fresh memory is what a large file costs most.
    const b = await fs.readFile(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    throw new BxtdError(
      'file.read',
      {
        vi: `Không đọc được tệp ${file}${code === 'EACCES' || code === 'EPERM' ? ': không có quyền đọc' : code ? ` (${code})` : ''}.`,
        en: `Could not read ${file}${code === 'EACCES' || code === 'EPERM' ? ': no permission to read it' : code ? ` (${code})` : ''}.`,
      },
      { file },
      { cause: e },
    );
  }
}

/**
 * A workbook's bytes, refused when the file is another kind of Office document (a Word .docx, a PowerPoint .pptx):
 * those are zips too, and would otherwise read as a workbook without the bloc's sheets.
 */
export async function readWorkbookFile(file: string, maxBytes = MAX_INPUT_BYTES, tooBig?: (size: number) => Text): Promise<Uint8Array> {
  const bytes = await readInput(file, maxBytes, tooBig);
  const kind = otherOfficeKind(bytes);
  if (kind) {
    throw new BxtdError(
      'file.notXlsx',
      {
        vi: `${file} là ${kind.vi}, không phải sổ Excel (.xlsx): hãy cho tệp sổ chấm điểm của Khối.`,
        en: `${file} is ${kind.en}, not an Excel workbook (.xlsx): give the bloc's scoring workbook.`,
      },
      { file },
    );
  }
  return bytes;
}

/** A Word or PowerPoint package, told by its parts' names (nothing inflated); null for anything else. */
function otherOfficeKind(bytes: Uint8Array): Text | null {
  let names: string[];
  try {
    names = readCentralDirectory(bytes).map((e) => e.name.toLowerCase());
  } catch {
    return null; // not a zip: the reader says what it is
  }
  if (names.includes('xl/workbook.xml')) return null;
  if (names.includes('word/document.xml')) return { vi: 'một văn bản Word (.docx)', en: 'a Word document (.docx)' };
  if (names.includes('ppt/presentation.xml'))
    return { vi: 'một bản trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' };
  return null;
}
