// Shared by `bxtd split` and `bxtd collect`: the console, bounded file reads, and turning failures into exit codes.

import { promises as fs } from 'node:fs';
import type { Issue, Lang, Text } from '../domain/model';
import { XlsxError } from '../xlsx/read';
import { UsageError } from './args';

export interface RoundTripIo {
  out: (s: string) => void;
  err: (s: string) => void;
  lang: Lang;
}

/** A failure the user can act on: its message is printed and the exit code is 2. */
export class RoundTripInputError extends Error {
  constructor(public text: Text) {
    super(text.en);
  }
}

export const MAX_MASTER_BYTES = 20 * 1024 * 1024;

/** The file's bytes; a missing file or one above `maxBytes` is refused before it is read. */
export async function readBounded(file: string, maxBytes: number, tooBig?: (size: number) => Text): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) throw new RoundTripInputError({ vi: `Không tìm thấy tệp: ${file}`, en: `File not found: ${file}` });
  if (stat.size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new RoundTripInputError(
      tooBig?.(stat.size) ?? {
        vi: `Tệp ${file} quá lớn (${mb(stat.size)} MB); giới hạn là ${mb(maxBytes)} MB.`,
        en: `File ${file} is too large (${mb(stat.size)} MB); the limit is ${mb(maxBytes)} MB.`,
      },
    );
  }
  return new Uint8Array(await fs.readFile(file));
}

export function issueText(issue: Issue, lang: Lang): string {
  return `${issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}: ${issue.message[lang]}`;
}

/** Runs a command body, mapping the user's mistakes to exit code 2 and anything else to 1, never a raw stack. */
export async function guarded(io: RoundTripIo, usage: Text, debug: boolean, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${io.lang === 'vi' ? 'Tham số không hợp lệ' : 'Invalid argument'}: ${e.message}\n${usage[io.lang]}`);
      return 2;
    }
    if (e instanceof RoundTripInputError || e instanceof XlsxError) {
      io.err(e.text[io.lang]);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`${io.lang === 'vi' ? 'Lỗi ngoài dự kiến' : 'Unexpected failure'}: ${message.split('\n')[0]}`);
    if (debug && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
