// The one error type of the product: a stable `code` a script or the pane can switch on, where the problem is, and
// the sentence in both languages. Every layer throws it for failures the user can act on; anything else is a bug and
// reaches the user as "unexpected" (the hosts map it in one place each: src/cli/io.ts, src/taskpane/hooks/useAction.ts).
// The codes are listed in ERROR_CODES below, one section per area, and documented in the README ("Error codes").

import type { Text } from './model';

/** Where a problem is: a file (or folder) the user named, a sheet, a cell of that sheet ("F12"), a part of a package. */
export interface Where {
  file?: string | null;
  sheet?: string | null;
  cell?: string | null;
  part?: string | null;
}

/**
 * Every code, with what it means (English, for the README and for maintainers). A code is stable once released:
 * scripts test it. Add a code here, in its area's section, before throwing it.
 */
export const ERROR_CODES = {
  // --- command line
  usage: 'the command line is not valid (unknown command or option, a missing or extra file, a bad value)',
  unexpected: 'a failure the product did not expect (a bug): exit code 1, the stack only with --debug',
  'output.notFolder': '--out names an existing file, not a folder',
  'output.exists':
    'an output that is only replaced on request is already there (collect without --overwrite, split: a master with a secret)',
  'file.read': 'a file could not be read (no permission, or a device error)',

  // --- files given to a command or opened in the pane
  'file.notFound': 'the file or folder does not exist',
  'file.notFile': 'a folder (or other non-file) was given where a file is expected',
  'file.tooLarge': 'the file is above the size limit',
  'file.notXlsx': 'the file is not an Excel workbook (.xlsx)',
  'file.damaged': 'the file is damaged or ambiguous (its sheet or part is named)',
  'file.unsafe': 'the file is refused by the zip guard (bomb, traversal, sizes beyond the limits)',
  'file.limit': 'the workbook is beyond one of the reading limits (cells, rows, merged areas, parts)',
  'file.write': 'a file or folder could not be written (disk full, read-only, a link at the output path)',
  'file.formula': 'a formula the product does not compute itself (internal: the reader then reports its cell)',

  // --- the bloc workbook's content (located issues carry their sheet and cell)
  'input.invalid': 'the bloc workbook has an error at the named sheet and cell',
  'input.noBloc': 'the workbook has no bloc sheets (start with Lập sổ)',

  // --- document templates and the documents
  'template.tooLarge': 'a document template is above its size limit',
  'template.notDocx': 'a document template is not a Word document (.docx)',
  'template.unsafe': 'a document template is an unsafe zip',
  'template.brokenTags': 'a document template has placeholders that cannot be parsed',
  'template.unknownPlaceholder': 'a document template uses a placeholder that is not in the vocabulary',
  'template.noPlaceholder': 'a document template has no placeholder at all (most likely the wrong file)',
  'template.stored': 'a template kept in the workbook could not be read back',
  'documents.pending': 'the award dossier waits on a decision of the meeting (a vote not held or without quorum, a tie)',
  'documents.interim': 'a sơ kết (half-year or quarter review) proposes no award: it has no dossier',
  'documents.nothingProposed': 'no unit is proposed for an award: there is no dossier to send',

  // --- the email round trip
  'roundtrip.refused': 'a returned workbook is refused (named with the reason)',
  'roundtrip.unitKey':
    "a returned workbook's unit key does not match this master's secret (most likely the master was not saved after the split that made it)",
  'roundtrip.otherUnit': "a returned workbook's key and unit name belong to two different units (copied or relabelled)",
  'roundtrip.duplicate': 'one unit returned several workbooks',
  'roundtrip.conflicts': 'master cells already hold other values: not overwritten without --overwrite (they are listed)',
  'roundtrip.nothingAccepted': 'no returned workbook was accepted: nothing written',

  // --- the province summary (bxtd tong-hop)
  'province.rejected': 'a scored workbook is left out of the summary (named with the reason)',
  'province.duplicate': 'two workbooks of one bloc: the older one is dropped',
  'province.nothingSummarised': 'no workbook could be summarised: nothing written',

  // --- Excel (the add-in)
  'excel.refused': 'Excel refused an action (edit mode, a sheet gone or hidden, busy); the sentence says what to do',
  'excel.unsupported': 'this Excel lacks a feature the action needs',
  'excel.protected': 'a sheet or the workbook structure is protected, so the action cannot write (nothing was changed)',
  'excel.tooLarge':
    'beyond what Excel takes: a sheet or row too large to read, a cell over 32,767 characters, kept templates over their total, a request over 5 MB',

  // --- the task pane
  'pane.refused': 'the pane cannot do this here (e.g. a platform without the needed feature)',
  'pane.template': 'a template the user picked (or kept in the workbook) is refused; detail: the known placeholders, when they help',
  'pane.sheetExists': 'the pane was asked to add a sheet the workbook already has (or lacks the data to fill it)',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class BxtdError extends Error {
  readonly code: ErrorCode;
  readonly text: Text;
  readonly where: Where;
  /** Structured detail a host may show beside the sentence (e.g. the known placeholders). */
  readonly detail?: unknown;

  constructor(code: ErrorCode, text: Text, where: Where = {}, options: { cause?: unknown; detail?: unknown } = {}) {
    super(text.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BxtdError';
    this.code = code;
    this.text = text;
    this.where = where;
    this.detail = options.detail;
  }

  /** The same error located at `where` too (what it already says is kept). */
  at(where: Where): BxtdError {
    return new BxtdError(this.code, this.text, { ...where, ...dropEmpty(this.where) }, { cause: this.cause, detail: this.detail });
  }
}

function dropEmpty(w: Where): Where {
  return Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Where;
}

/** Duck-typed: an error may cross realms (jest's module registry, a dialog) and still be ours. */
export function isBxtdError(e: unknown): e is BxtdError {
  if (e instanceof BxtdError) return true;
  const o = e as Partial<BxtdError> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.code === 'string' &&
    o.code in ERROR_CODES &&
    typeof o.text?.vi === 'string' &&
    typeof o.text?.en === 'string'
  );
}

/** "Chấm điểm!F12", "Chấm điểm", a part or the file: the most precise place named. */
export function locationText(w: Where): string | null {
  if (w.sheet) return w.cell ? `${w.sheet}!${w.cell}` : w.sheet;
  return w.part ?? w.file ?? null;
}
