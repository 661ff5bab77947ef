// Low / best / high per incident × outcome × group, in the spirit of UCDP (rules: docs/reconciliation.md).
// - low: the smallest floor any unhedged claim sets (what even the most conservative account allows);
// - best: each independent source's standing figure (its latest; revisions supersede), as a point, then the
//   lower median of those points, so no single outlier, and no echo, moves it;
// - high: the largest figure any claim gives, hedged ones included (an open figure counts as its floor).
import type { Estimate } from '../model/analysis.js';
import { byTime, standingFigure, type FigureClaim, type FigureGroup } from './figure-claims.js';
import type { Claim } from '../model/claim.js';
import { ceilingOf, floorOf, pointOf } from './value-interval.js';
import { groupBy } from './tally.js';

export function estimateFigure(group: FigureGroup): Estimate {
  // `No one else was hurt` counts nobody beyond those already told: it bounds nothing and is no toll of 0.
  const usable = group.claims.filter(
    (f) =>
      (f.claim.value.low !== null || f.claim.value.high !== null) &&
      !(f.claim.provenance.beyond === true && f.claim.value.high === 0),
  );
  const credible = usable.filter((f) => !f.claim.hedged);
  const floors = credible.map((f) => floorOf(f.claim.value)).filter((n): n is number => n !== null);
  // When every account is hedged ("allegedly killed two"), the best is still what they say, marked by `low`.
  const best = bestPoint(credible.length > 0 ? credible : usable, group.outcome === 'wounded');
  const highs = usable.map(
    (f) => ceilingOf(f.claim.value) ?? floorOf(f.claim.value) ?? pointOf(f.claim.value),
  );
  const floor = minOf(floors);
  const low = floor === null || best === null ? floor : Math.min(floor, best);
  const high = maxOf([...highs, best]);
  const text = honestBounds(usable, low, best, high);
  return {
    incident: group.incident,
    outcome: group.outcome,
    group: group.group,
    low,
    best,
    high: text.high === null || text.high === String(high) ? high : null,
    text,
    claims: group.claims.flatMap((f) => [f.claim.id, ...(f.also ?? [])]),
    independentSources: new Set(credible.map((f) => f.source)).size,
  };
}

/** `>200` for `over 200` (whose floor is 201), `26+` for `at least 26` or `dozens`. */
export function openForm(claim: Claim): string {
  const floor = floorOf(claim.value) ?? 0;
  return claim.value.qualifier === 'more_than' ? `>${floor - 1}` : `${floor}+`;
}

const isOpen = (c: Claim) => ceilingOf(c.value) === null && floorOf(c.value) !== null;

/**
 * Each bound written as the claims allow: a number only an open figure gives (its floor) stays open, and the high
 * is open when the largest account has no ceiling: `over 200` never becomes 201–201–201.
 */
function honestBounds(
  usable: readonly FigureClaim[],
  low: number | null,
  best: number | null,
  high: number | null,
): NonNullable<Estimate['text']> {
  const claims = usable.map((f) => f.claim);
  const closedAt = (n: number) =>
    claims.some((c) => !isOpen(c) && (pointOf(c.value) === n || floorOf(c.value) === n));
  const openAt = (n: number | null) =>
    n === null || closedAt(n) ? undefined : claims.find((c) => isOpen(c) && floorOf(c.value) === n);
  const write = (n: number | null) => {
    const open = openAt(n);
    return n === null ? null : open ? openForm(open) : String(n);
  };
  const closedTop = maxOf(
    claims.filter((c) => !isOpen(c)).map((c) => ceilingOf(c.value) ?? pointOf(c.value)),
  );
  const openTop = claims.filter(isOpen).sort((a, b) => (floorOf(b.value) ?? 0) - (floorOf(a.value) ?? 0))[0];
  const highOpen = openTop !== undefined && (floorOf(openTop.value) ?? 0) > (closedTop ?? -1);
  return {
    low: write(low),
    best: write(best),
    high: highOpen ? openForm(openTop) : high === null ? null : String(high),
  };
}

function bestPoint(credible: readonly FigureClaim[], partsOfHurt: boolean): number | null {
  const top = credible.reduce((m, f) => Math.max(m, f.interval.lo), 0);
  // A source that only names single people (`a man was killed`) tells a part of the toll; it speaks for the
  // count only when nobody gives a number.
  // A vague quantity (`dozens`, `scores of others`) bounds the figure but does not vote against counts.
  // A figure the text tells as replaced (`police originally said eight`) votes only when nothing replaced it.
  const current = credible.filter((f) => !f.superseded);
  const standing = current.length > 0 ? current : credible;
  const precise = standing.filter((f) => f.claim.value.qualifier !== 'vague');
  const voters = precise.length > 0 ? precise : standing;
  const counted = voters.filter((f) => !f.claim.provenance.individual || f.also);
  const pool = counted.length > 0 ? counted : voters;
  // Each vote remembers whether it tells of one person only (`one woman was rushed to hospital`).
  const points: { p: number; one: boolean }[] = [];
  const perDocument = new Map<string, { p: number; one: boolean }>();
  for (const list of groupBy([...pool].sort(byTime), (f) => f.source).values()) {
    const latest = standingFigure(list);
    // "so far, six killed" once a larger count is out: the source's own word that it was not final.
    if (latest.provisional && top > latest.interval.hi) continue;
    const point = pointOf(latest.claim.value);
    if (point === null) continue;
    const p = Math.max(0, point - (latest.deduct ?? 0));
    const one = point === 1 && latest.interval.hi === 1;
    // Unnamed people counted by several speakers of one report (`four people were wounded, police said` …
    // `one person was shot in the leg, an officer said`) are parts of one toll: the report's largest stands.
    // A report that repeats another source's count (an echo) votes with it, not with the parts it tells itself.
    if (latest.claim.group === 'people') {
      for (const doc of new Set(list.map((f) => f.claim.document))) {
        // The count as this report tells it: the dead it says are among it come off (`one of the five has died`).
        const own = list.filter(
          (f) =>
            f.claim.document === doc &&
            !f.claim.provenance.individual &&
            f.interval.lo === latest.interval.lo &&
            f.interval.hi === latest.interval.hi,
        );
        const dead =
          own.length > 0 && !latest.claim.provenance.individual
            ? Math.max(...own.map((f) => f.deduct ?? 0))
            : (latest.deduct ?? 0);
        const pd = Math.max(0, point - dead);
        const seen = perDocument.get(doc);
        if (!seen || pd > seen.p) perDocument.set(doc, { p: pd, one });
      }
    } else points.push({ p, one });
  }
  if (partsOfHurt)
    for (const [doc, sum] of othersAdded(credible)) {
      const seen = perDocument.get(doc);
      if (seen && sum > seen.p) perDocument.set(doc, { p: sum, one: false });
    }
  points.push(...perDocument.values());
  // A report that tells of one person only (`a man was shot in the leg`) tells a part of the victims, not a
  // rival toll: when another report counts more people, it bounds the figure (low) but does not vote for best.
  const counts = points.filter((v) => !v.one);
  const voting = partsOfHurt && counts.some((v) => v.p > 1) ? counts : points;
  const values = voting.map((v) => v.p);
  if (values.length === 0)
    return credible.length > 0 ? pointOf(credible[credible.length - 1]!.claim.value) : null;
  values.sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)]!;
}

/** `three other people`, `two more`: a count of people beyond those told before it. */
const OTHERS_AFTER =
  /^\s+(?:others|more|other\s+(?:people|persons|victims|men|women|boys|girls|teens|teenagers|children|adults|individuals|males|females))\b/i;
/** A sentence that tells a death: its `others` may be beyond the dead, not beyond the hurt. */
const DEATH_IN_SENTENCE = /\b(?:killed|killing|dead|died|dies|fatal|fatally|slain|death)\b/i;

/**
 * Per report, one person told of as hurt and then `N others` hurt in a later sentence (`a man was shot in the back` …
 * `three other people with gunshot wounds walked into the hospital`): the others are beyond that person, 1 + N.
 */
function othersAdded(credible: readonly FigureClaim[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const list of groupBy(
    credible.filter((f) => f.claim.group === 'people'),
    (f) => f.claim.document,
  ).values()) {
    for (const f of list) {
      const c = f.claim;
      const after = c.evidence.text.slice(c.evidence.numberEnd - c.evidence.start);
      const n = pointOf(c.value);
      if (
        n === null ||
        c.provenance.individual ||
        !OTHERS_AFTER.test(after) ||
        DEATH_IN_SENTENCE.test(c.evidence.text)
      )
        continue;
      const before = list.some(
        (g) =>
          g.claim.evidence.start < c.evidence.start &&
          g.interval.lo === 1 &&
          g.interval.hi === 1 &&
          (g.deduct ?? 0) === 0 &&
          !DEATH_IN_SENTENCE.test(g.claim.evidence.text),
      );
      if (before) sums.set(c.document, Math.max(sums.get(c.document) ?? 0, n + 1));
    }
  }
  return sums;
}

function minOf(values: readonly number[]): number | null {
  let m: number | null = null;
  for (const v of values) if (m === null || v < m) m = v;
  return m;
}

function maxOf(values: readonly (number | null)[]): number | null {
  let m: number | null = null;
  for (const v of values) if (v !== null && (m === null || v > m)) m = v;
  return m;
}
