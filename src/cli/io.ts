// What every `bxtd` command shares: the console, bounded file reads, issue lines, and failures turned into exit
// codes (2: the user can act on the message; 1: unexpected, one line, the stack only with --debug).

import { promises as fs } from 'node:fs';
import type { Issue, Lang, Text } from '../domain/model';
import { UsageError } from './args';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  lang: Lang;
}

/** A failure the user can act on: printed as its message, exit code 2. */
export class InputError extends Error {
  constructor(public text: Text) {
    super(text.en);
  }
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const mb = (n: number, lang: Lang) => (n / 1024 / 1024).toFixed(1).replace('.', lang === 'vi' ? ',' : '.');

/** The file's bytes; a missing file or one above `maxBytes` is refused before it is read. */
export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES, tooBig?: (size: number) => Text): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) throw new InputError({ vi: `Không tìm thấy tệp: ${file}`, en: `File not found: ${file}` });
  if (stat.size > maxBytes) {
    throw new InputError(
      tooBig?.(stat.size) ?? {
        vi: `Tệp ${file} quá lớn (${mb(stat.size, 'vi')} MB); giới hạn là ${mb(maxBytes, 'vi')} MB.`,
        en: `File ${file} is too large (${mb(stat.size, 'en')} MB); the limit is ${mb(maxBytes, 'en')} MB.`,
      },
    );
  }
  return new Uint8Array(await fs.readFile(file));
}

/** `Chấm điểm!F12: message`. */
export function issueLine(issue: Issue, lang: Lang): string {
  return `${issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}: ${issue.message[lang]}`;
}

/** Errors the user can act on carry a bilingual message (InputError, XlsxError, MinutesError, ...). */
function isUserError(e: unknown): e is { text: Text } {
  return typeof e === 'object' && e !== null && typeof (e as { text?: Text }).text?.vi === 'string';
}

/** Runs a command body, mapping the user's mistakes to exit code 2 and anything else to 1, never a raw stack. */
export async function guarded(io: Io, usage: Text, debug: boolean, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${io.lang === 'vi' ? 'Tham số không hợp lệ' : 'Invalid argument'}: ${e.message}\n${usage[io.lang]}`);
      return 2;
    }
    if (isUserError(e)) {
      io.err(e.text[io.lang]);
      return 2;
    }
    // Duck-typed: errors from Node's own modules may come from another realm (e.g. under jest).
    const { message, stack } = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as { message?: unknown; stack?: unknown };
    io.err(`${io.lang === 'vi' ? 'Lỗi ngoài dự kiến' : 'Unexpected failure'}: ${String(message).split('\n')[0]}`);
    if (debug && typeof stack === 'string') io.err(stack);
    return 1;
  }
}
