// Statements over long lists, in slices: one statement carries at most 65,535 parameters.

/** Values per statement. */
export const CHUNK = 500;

/** `run` over `values` at most CHUNK at a time (a statement's bound parameters stay few); the rows it gave, joined. */
export async function inChunks<T, R>(
  values: readonly T[],
  run: (slice: T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) appendAll(out, await run(values.slice(i, i + CHUNK)));
  return out;
}

/**
 * Appends one by one: `out.push(...rows)` passes every row as an argument, and past about 120,000 of them (one
 * slice of a 100k-report store's claimant sums did) the call overflows the stack.
 */
export function appendAll<R>(out: R[], rows: readonly R[]): void {
  for (const r of rows) out.push(r);
}
