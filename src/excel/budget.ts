// Excel on the web rejects a request over about 5 MB. The adapter queues commands against a 4 MB budget and sends
// what it has (one more sync) before a command would cross it, so big writes go in chunks. Ordinary blocs never
// reach the budget: scoring stays at a constant number of syncs.

export const REQUEST_BUDGET = 4 * 1024 * 1024;

export class RequestBudget {
  private used = 0;
  /** Extra syncs this budget caused. */
  flushes = 0;

  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly limit = REQUEST_BUDGET,
  ) {}

  /** Call before queuing a command of about `bytes`; syncs first if the request would grow past the limit. */
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
