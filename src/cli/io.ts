// What every `bxtd` command shares: the console (text from untrusted files escaped), issue lines, the JSON form of
// an error, and the one guard that turns failures into exit codes (2: the user can act on the message; 1:
// unexpected, one line, the stack only with --debug) and, with --json, into the command's one JSON document.
// Loaded at start-up by every command: it imports nothing heavy.

import { BxtdError, ERROR_CODES, isBxtdError, type ErrorCode, type Where } from '../domain/errors';
import type { Issue, IssueTopic, Lang, Text } from '../domain/model';
import type { WriteFs } from './files';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  lang: Lang;
  /** The file system outputs are written through: node's by default (tests inject faults). */
  fs?: WriteFs;
}

/** An error or warning as the commands' JSON documents list them. */
export interface JsonIssue {
  cell: string | null; // "Sheet!F12", a sheet, or the file (or folder) a refusal is about
  code: ErrorCode;
  message: string;
  topic?: IssueTopic; // "printedFigure": a figure the workbook prints does not add up (the minute lists them)
}

/**
 * Text for a terminal: control characters (escape sequences, carriage return, backspace, bell, C1 controls), the
 * bidirectional overrides and the Unicode line separators shown as `\u001b`, the way JSON writes them, so that a
 * name or cell from a returned file can neither clear the screen nor forge a line. Tabs and our own line breaks
 * stay (text from files never carries a line break here: names and quoted cells are read with spaces folded).
 */
export function terminalText(s: string): string {
  return s.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** The code of a located issue: its own when it has one, else `input.invalid`. */
export function issueCode(issue: Issue): ErrorCode {
  const code = (issue as Issue & { code?: unknown }).code;
  return typeof code === 'string' && code in ERROR_CODES ? (code as ErrorCode) : 'input.invalid';
}

export const issueJson = (issue: Issue, lang: Lang): JsonIssue => ({
  cell: issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet,
  code: issueCode(issue),
  message: issue.message[lang],
  ...(issue.topic ? { topic: issue.topic } : {}),
});

/** `Chấm điểm!F12: message`. */
export function issueLine(issue: Issue, lang: Lang): string {
  return `${issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet}: ${issue.message[lang]}`;
}

/** Where a refusal is, for JSON: the cell (or sheet) when it names one, else the file, else the part. */
export function jsonCell(where: Where): string | null {
  if (where.sheet) return where.cell ? `${where.sheet}!${where.cell}` : where.sheet;
  return where.file ?? where.part ?? null;
}

/** Refuses a workbook with errors: the guard prints each as `Sheet!Cell: message` and lists them (warnings too). */
export function refuseIssues(issues: readonly Issue[], file: string): never {
  const count = issues.filter((i) => i.severity === 'error').length;
  throw new BxtdError(
    'input.invalid',
    { vi: `${file}: sổ có ${count} lỗi; không ghi tệp nào.`, en: `${file}: the workbook has ${count} error(s); nothing written.` },
    { file },
    { detail: { issues } },
  );
}

function detailIssues(e: BxtdError): readonly Issue[] | null {
  const issues = (e.detail as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
}

/** A refusal of a whole file (not a zip, damaged, too large, ...) is located at that file. */
export async function located<T>(file: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    throw isBxtdError(e) ? e.at({ file }) : e;
  }
}

/** How a command answers with --json: its document with nothing in it, which a refusal fills `errors` into. */
export interface JsonMode {
  enabled: boolean;
  /** The command's document, empty (loaded with the command; null when the command failed to load). */
  empty: (() => object) | null;
}

/**
 * Runs a command, mapping the user's mistakes to exit code 2 and anything else to 1, never a raw stack. With --json,
 * a refusal or failure still prints exactly one JSON document on stdout: the command's document, empty, with its
 * `errors` (and `warnings` and `exitCode` when the document has them); the message also goes to stderr. The command
 * prints its own document only once it can no longer fail.
 */
export async function guarded(io: Io, usage: Text, debug: boolean, json: JsonMode, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const failure = isBxtdError(e) ? e : null;
    let code: number;
    let errors: JsonIssue[];
    let warnings: JsonIssue[] = [];
    if (failure) {
      code = 2;
      const issues = detailIssues(failure) ?? [];
      const located = issues.filter((i) => i.severity === 'error');
      if (located.length) {
        for (const i of located) io.err(issueLine(i, io.lang));
        errors = located.map((i) => issueJson(i, io.lang));
        warnings = issues.filter((i) => i.severity === 'warning').map((i) => issueJson(i, io.lang));
      } else {
        io.err(failure.code === 'usage' ? `${failure.text[io.lang]}\n${usage[io.lang]}` : failure.text[io.lang]);
        errors = [{ cell: jsonCell(failure.where), code: failure.code, message: failure.text[io.lang] }];
      }
    } else {
      // Duck-typed: errors from Node's own modules may come from another realm (e.g. under jest).
      const { message, stack } = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as {
        message?: unknown;
        stack?: unknown;
      };
      const line = `${io.lang === 'vi' ? 'Lỗi ngoài dự kiến' : 'Unexpected failure'}: ${String(message).split('\n')[0]}`;
      io.err(line);
      if (debug && typeof stack === 'string') io.err(stack);
      code = 1;
      errors = [{ cell: null, code: 'unexpected', message: line }];
    }
    if (json.enabled) io.out(jsonText(refusalDocument(json.empty?.() ?? {}, code, errors, warnings)));
    return code;
  }
}

/** The one refusal shape: the command's empty document with `errors` (and `warnings`, `exitCode` where it has them). */
export function refusalDocument(empty: object, exitCode: number, errors: JsonIssue[], warnings: JsonIssue[] = []): object {
  const doc: Record<string, unknown> = { ...empty, errors };
  if ('warnings' in doc) doc.warnings = warnings;
  if ('exitCode' in doc) doc.exitCode = exitCode;
  return doc;
}

/** A JSON document as the commands print it. */
export const jsonText = (doc: object): string => JSON.stringify(doc, null, 2);
