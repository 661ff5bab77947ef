// A report with everything outside some ranges (an incident's sentences) blanked, and every long blank stretch
// shortened to its two ends: readers of an incident's passage see the same sentences, the same surroundings within
// MARGIN characters and the same line breaks, while the passage grows with the incident's sentences, not with the
// report. A 1 MB report in 350 incidents used to be copied whole 350 times (then 10 MB: 3,500 copies of 10 MB).
// What a reader cannot tell apart: a run of blanks longer than 2 × MARGIN + 1 from a run of exactly that many (with
// a line break kept when the run had one). Every reader matches words, single spaces, `\s+`, `[^.]*` or looks at
// most 80 characters around a match, so none can; a reader that counts further must read the report itself.
export type Window = readonly [number, number];

export interface BlankedText {
  /** the report's text blanked outside the ranges (line breaks kept), long blank stretches shortened */
  readonly text: string;
  /** the ranges in `text`'s offsets: sorted, disjoint, not touching; `text` is whitespace outside them */
  readonly windows: readonly Window[];
  /** the same ranges in the report's offsets */
  readonly reportWindows: readonly Window[];
  /** from offset `at` of `text` on, add `by` for the report's offset (sorted by `at`) */
  readonly shifts: readonly (readonly [at: number, by: number])[];
}

/** Characters of blank kept on each side of a window: more than any reader looks around a match (80). */
export const MARGIN = 128;

const blank = (s: string): string => s.replace(/[^\n]/gu, ' ');

/** The ranges sorted and merged where they overlap or touch, within the text. */
function windowsOf(length: number, ranges: readonly Window[]): [number, number][] {
  const sorted = ranges
    .map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length, b)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

export function blankOutside(text: string, ranges: readonly Window[]): BlankedText {
  const reportWindows = windowsOf(text.length, ranges);
  const pieces: string[] = [];
  const windows: Window[] = [];
  const shifts: [number, number][] = [];
  let length = 0;
  let removed = 0;
  const push = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
  };
  const gap = (from: number, to: number) => {
    if (to - from <= 2 * MARGIN + 1) return push(blank(text.slice(from, to)));
    push(blank(text.slice(from, from + MARGIN)));
    push(text.slice(from + MARGIN, to - MARGIN).includes('\n') ? '\n' : ' ');
    removed += to - from - (2 * MARGIN + 1);
    shifts.push([length, removed]);
    push(blank(text.slice(to - MARGIN, to)));
  };
  let at = 0;
  for (const [from, to] of reportWindows) {
    gap(at, from);
    windows.push([length, length + to - from]);
    push(text.slice(from, to));
    at = to;
  }
  gap(at, text.length);
  return { text: pieces.join(''), windows, reportWindows, shifts };
}

/** How many of the first items (0 … n-1) pass `before`, which holds for a prefix of them (binary search). */
function prefixLength(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The report's offset of offset `i` of a blanked text (identity for a text never shortened). */
export function reportOffset(blanked: { readonly shifts?: BlankedText['shifts'] }, i: number): number {
  const shifts = blanked.shifts ?? [];
  const n = prefixLength(shifts.length, (k) => shifts[k]![0] <= i);
  return i + (n > 0 ? shifts[n - 1]![1] : 0);
}

/** Whether offset `r` of the report lies inside one of the windows. */
export function inWindows(windows: readonly Window[], r: number): boolean {
  const w = windows[prefixLength(windows.length, (k) => windows[k]![1] <= r)];
  return w !== undefined && w[0] <= r;
}
