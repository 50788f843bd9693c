// What every `bxtd` command shares: the console, bounded file reads, issue lines, and failures turned into exit
// codes (2: the user can act on the message; 1: unexpected, one line, the stack only with --debug).

import { promises as fs } from 'node:fs';
import type { Issue, Lang, Text } from '../domain/model';
import { formatSize } from '../domain/format';
import { UsageError } from './args';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  lang: Lang;
}

/** A failure the user can act on: printed as its message, exit code 2; `location` is the file (or folder) it is about. */
export class InputError extends Error {
  constructor(
    public text: Text,
    public location: string | null = null,
  ) {
    super(text.en);
  }
}

/** An error or warning as the commands' JSON documents list them. */
export interface JsonIssue {
  cell: string | null; // "Sheet!F12", a sheet, or the file a refusal is about
  message: string;
}

export const issueJson = (issue: Issue, lang: Lang): JsonIssue => ({
  cell: issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet,
  message: issue.message[lang],
});

/** A refusal of a whole file (not a zip, damaged, too large, ...) is located at that file. */
export async function located<T>(file: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof InputError) throw e.location ? e : new InputError(e.text, file);
    if (isUserError(e)) throw new InputError(e.text, file);
    throw e;
  }
}

/**
 * The output folder: created when missing; a path that is an existing file is refused with a message (not
 * "EEXIST"). Nothing is created here: callers create it right before they write.
 */
export async function checkOutDir(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) {
    throw new InputError(
      {
        vi: `--out phải là một thư mục, nhưng ${dir} là một tệp đã có. Hãy chọn thư mục khác.`,
        en: `--out must be a folder, but ${dir} is an existing file. Choose another folder.`,
      },
      dir,
    );
  }
}

/** Whether a file exists (any kind of entry). */
export async function exists(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null)) !== null;
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The file's bytes; a missing file or one above `maxBytes` is refused before it is read. */
export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES, tooBig?: (size: number) => Text): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) throw new InputError({ vi: `Không tìm thấy tệp: ${file}`, en: `File not found: ${file}` }, file);
  if (stat.size > maxBytes) {
    throw new InputError(
      tooBig?.(stat.size) ?? {
        vi: `Tệp ${file} quá lớn (${formatSize(stat.size, 'vi')}); giới hạn là ${formatSize(maxBytes, 'vi')}.`,
        en: `File ${file} is too large (${formatSize(stat.size, 'en')}); the limit is ${formatSize(maxBytes, 'en')}.`,
      },
      file,
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

/**
 * With --json, the one JSON document a command prints when it stops on a refusal or a failure: the command's own
 * shape, with `errors` (each located at the file, folder or cell it is about).
 */
export interface JsonMode {
  enabled: boolean;
  document: (errors: JsonIssue[], exitCode: number) => object;
}

/**
 * Runs a command body, mapping the user's mistakes to exit code 2 and anything else to 1, never a raw stack. With
 * `json` enabled, a refusal or failure still prints exactly one JSON document on stdout (the message also goes to
 * stderr). The body must print its own document only once it can no longer fail.
 */
export async function guarded(io: Io, usage: Text, debug: boolean, body: () => Promise<number>, json?: JsonMode): Promise<number> {
  const document = (location: string | null, message: string, code: number) => {
    if (json?.enabled) io.out(JSON.stringify(json.document([{ cell: location, message }], code), null, 2));
  };
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      const message = `${io.lang === 'vi' ? 'Tham số không hợp lệ' : 'Invalid argument'}: ${e.message}`;
      io.err(`${message}\n${usage[io.lang]}`);
      document(null, message, 2);
      return 2;
    }
    if (isUserError(e)) {
      io.err(e.text[io.lang]);
      document((e as { location?: string | null }).location ?? null, e.text[io.lang], 2);
      return 2;
    }
    // Duck-typed: errors from Node's own modules may come from another realm (e.g. under jest).
    const { message, stack } = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as { message?: unknown; stack?: unknown };
    const line = `${io.lang === 'vi' ? 'Lỗi ngoài dự kiến' : 'Unexpected failure'}: ${String(message).split('\n')[0]}`;
    io.err(line);
    if (debug && typeof stack === 'string') io.err(stack);
    document(null, line, 1);
    return 1;
  }
}
