// Every CSV the program writes goes through csv-stringify: RFC 4180 quoting, CRLF rows, and its formula guard —
// a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows
// `=HYPERLINK(…)` from a hostile report as text instead of running it. Numbers stay numbers (`-3` is not escaped).
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | null;

export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([header, ...rows] as Cell[][], {
    escape_formulas: true,
    record_delimiter: 'windows',
    // A bare line break inside a cell must be quoted too (csv-stringify quotes only its own record delimiter).
    quoted_match: /[\r\n]/,
    cast: { boolean: (v) => String(v) },
  });
}
