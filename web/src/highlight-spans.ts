// Cuts a document's text into runs at every claim boundary, so each run knows which spans cover it.
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly id: string;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly covering: readonly Span[];
}

export function textRuns(length: number, spans: readonly Span[]): Run[] {
  const inside = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= length);
  const cuts = [...new Set([0, length, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    runs.push({ start, end, covering: inside.filter((s) => s.start <= start && s.end >= end) });
  }
  return runs;
}
