// Excel on the web refuses a request or a response over 5 MB. Writes are queued against a 4 MB request budget and
// sent (one more sync) before a command would cross it; reads are planned in bands against a 4 MB response budget.
// Ordinary blocs never reach either: an action keeps its fixed number of syncs.
//
// What a request weighs, as the real Office.js client serializes it (test/excel/office-js checks these figures
// against it): each object the batch reaches (a sheet, a range, its format, its font...) is an object path plus an
// instantiation action, and each command is one more action carrying its arguments as JSON.

export const REQUEST_BUDGET = 4 * 1024 * 1024;
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** One object path, its instantiation and its id in the client's bookkeeping lists, in bytes (measured: 150–190). */
export const PATH_BYTES = 220;
/** One action without its arguments (measured: 70–110). */
export const ACTION_BYTES = 140;

/** The bytes of a request part: `paths` new objects, `actions` commands, `argBytes` of arguments. */
export function requestBytes(paths: number, actions: number, argBytes = 0): number {
  return paths * PATH_BYTES + actions * ACTION_BYTES + argBytes;
}

/**
 * The client writes a values array of more than 1,500 cells as one command per 1,500 cells, each on a range of its
 * own (two rows and their bounding rectangle): what that adds to a block of `cells` values.
 */
export function valuesSplitBytes(cells: number): number {
  return cells > 1500 ? Math.ceil(cells / 1500) * requestBytes(3, 2) + requestBytes(0, 1, 32) : 0;
}

export class RequestBudget {
  private used = 0;
  /** Extra syncs this budget caused. */
  flushes = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly limit = REQUEST_BUDGET,
  ) {}

  /** Call before queuing a command of about `bytes` (see requestBytes); syncs first if the request would grow past the limit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.flushes++;
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** Splits rows into consecutive blocks each under `limit` bytes (a single larger row stays alone). */
export function rowBlocks<T>(
  rows: T[][],
  bytesOf: (row: T[]) => number,
  limit = REQUEST_BUDGET / 2,
): { start: number; rows: T[][]; bytes: number }[] {
  const blocks: { start: number; rows: T[][]; bytes: number }[] = [];
  let current: { start: number; rows: T[][]; bytes: number } | null = null;
  rows.forEach((row, i) => {
    const b = bytesOf(row);
    if (!current || (current.rows.length > 0 && current.bytes + b > limit)) {
      current = { start: i, rows: [], bytes: 0 };
      blocks.push(current);
    }
    current.rows.push(row);
    current.bytes += b;
  });
  return blocks;
}
