// Plain-text columns for the scorers' summaries.

/** Left-aligns each column to its widest cell, two spaces apart, indented by two. */
export function textTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
}

export const f3 = (x: number): string => x.toFixed(3);
export const f2 = (x: number): string => x.toFixed(2);
