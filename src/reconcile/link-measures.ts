// Measurements a report gives of its event besides counts of people: the magnitude of an earthquake. Two reports of
// one quake state magnitudes within a few tenths of each other (agencies differ: 5.9, 6.0, 6.1); two quakes on one
// island years apart are told with magnitudes that differ more (5.6 against 5.9–6.1). Read from the incident's own
// sentences only, so a quake it recalls (`the same island was hit by a 6.1 quake in September`) is not its own.

const NUMBER = String.raw`(\d{1,2}(?:\.\d)?)`;
const HEDGE = String.raw`(?:(?:at\s+least|about|around|nearly|some|preliminary|an?|of)\s+)*`;
/** `5.6-magnitude`, `magnitude 5.6`, `magnitude of at least 5.9`, `measuring 6.1`, `6.0 on the Richter scale`. */
const MAGNITUDE = new RegExp(
  [
    String.raw`${NUMBER}\s*-?\s*magnitude`,
    String.raw`magnitude[-\s]+${HEDGE}${NUMBER}`,
    String.raw`(?:measuring|registering|measured|registered)\s+${HEDGE}(?:magnitude[-\s]+)?${NUMBER}`,
    String.raw`${NUMBER}\s+on\s+the\s+richter`,
  ].join('|'),
  'giu',
);

/** The magnitudes the ranges of `text` state (1–10, one decimal), in order, without repeats. */
export function magnitudes(text: string, spans: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [start, end] of spans) {
    for (const m of text.slice(start, end).matchAll(MAGNITUDE)) {
      const raw = m.slice(1).find((g) => g !== undefined);
      if (raw === undefined) continue;
      // `magnitude-5.4.` ends a sentence: the full stop is no decimal.
      const v = Number(raw);
      if (v >= 1 && v < 10 && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

/** How far two stated magnitudes may be and still be one quake: agencies' figures for one quake differ by 0.2. */
export const MAGNITUDE_SLACK = 0.25;

/**
 * 1 when both incidents state magnitudes and none of the one's is within `MAGNITUDE_SLACK` of any of the other's: a
 * measurement of the event that disagrees. 0 when either states none, or any two agree.
 */
export function magnitudesDisagree(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return a.some((x) => b.some((y) => Math.abs(x - y) <= MAGNITUDE_SLACK + 1e-9)) ? 0 : 1;
}
