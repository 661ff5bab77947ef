// Claims made comparable: each with its interval, when it was said, and the independent source it
// stands for. An article repeating a figure in its own voice (or from an unnamed source) that a named
// claimant gave in the same figure is an echo of that claimant, not a new source: five articles
// repeating the ISPR's 33 are one source.
import type { Claim } from '../model/claim.js';
import type { EstimateGroup, Group, Outcome } from '../model/vocabulary.js';
import { relate, toInterval, type Interval } from './value-interval.js';
import { groupBy } from './tally.js';

export interface FigureClaim {
  readonly claim: Claim;
  readonly interval: Interval;
  /** When the claimant said it: `claim.stated`, else the document's publication date. */
  readonly when: string | null;
  /** Document order, then position in the document: the tie-break when dates are missing. */
  readonly order: number;
  /** The original claimant this figure goes back to (echoes take the source they repeat). */
  readonly source: string;
  readonly echo: boolean;
  /** "initially", "so far": the text itself marks the figure as provisional. */
  readonly provisional: boolean;
  /** "initially", "originally", "early reports": the text tells the figure as one since replaced. */
  readonly superseded: boolean;
  /** People inside this wounded count who are counted as killed (`five shot, one fatally` → 1). */
  readonly deduct?: number;
  /** Ids of coordinated claims added into this one (`two women and one man` → 3). */
  readonly also?: readonly string[];
  /** A zero said of everyone, copied into another group's figures (`withEveryoneZeros`). */
  readonly spread?: boolean;
}

export interface FigureGroup {
  readonly incident: string;
  readonly outcome: Outcome;
  readonly group: EstimateGroup;
  readonly claims: readonly FigureClaim[];
}

/** Words that tell a figure as one since replaced; a replaced figure was a provisional one too. */
const REPLACED = String.raw`initially|originally|at first|early reports?|earlier reports?|initial reports?`;
const SUPERSEDED = new RegExp(String.raw`\b(?:${REPLACED})\b`, 'i');
const PROVISIONAL = new RegExp(
  String.raw`\b(?:${REPLACED}|so far|preliminary|until now|as of now|by then)\b`,
  'i',
);
const OWN_VOICE = new Set(['author', 'unknown']);
/** Distinct attributed figures an echo is checked against; beyond this the group is summarised. */
const ECHO_CANDIDATES = 64;

export function toFigureClaim(claim: Claim, published: string | null, order: number): FigureClaim {
  return {
    claim,
    interval: toInterval(claim.value),
    when: claim.stated ?? published,
    order,
    source: OWN_VOICE.has(claim.claimant.kind) ? `${claim.claimant.id}@${claim.document}` : claim.claimant.id,
    echo: false,
    provisional: PROVISIONAL.test(claim.evidence.text),
    // `two, not four as initially reported` is the correction, not the figure replaced.
    superseded: SUPERSEDED.test(claim.evidence.text) && !CORRECTION.test(claim.evidence.text),
  };
}

/** Claims of one incident × outcome × group, with echoes folded into the source they repeat. */
export function figureGroups(claims: readonly FigureClaim[]): FigureGroup[] {
  const keyed = groupBy(
    claims.filter((f) => f.claim.incident !== null),
    (f) => `${f.claim.incident}\u0000${f.claim.outcome}\u0000${f.claim.group}`,
  );
  const groups = [...keyed.values()].map((list) => {
    const { incident, outcome, group } = list[0]!.claim;
    return { incident: incident!, outcome, group, claims: firstSaid(foldEchoes(sumCoordinations(list))) };
  });
  return withEveryoneZeros(groups);
}

/**
 * `There were no casualties`, `no one was hurt`: a zero said of everyone is a zero for every group of that incident
 * and outcome, so it meets the earlier `four workers wounded` through the same conflict and estimate logic as any
 * figure. `No one else was hurt` (`beyond`) counts nobody beyond those told and is no such zero. The copies carry
 * `spread` so the timeline lists each statement once.
 */
function withEveryoneZeros(groups: readonly FigureGroup[]): FigureGroup[] {
  // A report that itself counts people of this outcome (`a child was wounded … no one was injured at that
  // location`) scopes its zero to a part; only a report whose own standing account is zero speaks for everyone.
  const counting = new Set<string>();
  for (const g of groups)
    for (const f of g.claims)
      if ((f.claim.value.low ?? 0) > 0 && !f.superseded)
        counting.add(`${g.incident}\u0000${g.outcome}\u0000${f.claim.document}`);
  const zeros = new Map<string, FigureClaim[]>();
  for (const g of groups) {
    if (g.group !== 'people') continue;
    const list = g.claims.filter(
      (f) =>
        isEveryoneZero(f.claim) && !counting.has(`${g.incident}\u0000${g.outcome}\u0000${f.claim.document}`),
    );
    if (list.length > 0) zeros.set(`${g.incident}\u0000${g.outcome}`, list);
  }
  if (zeros.size === 0) return [...groups];
  return groups.map((g) => {
    const add = g.group === 'people' ? undefined : zeros.get(`${g.incident}\u0000${g.outcome}`);
    return add ? { ...g, claims: [...g.claims, ...add.map((f) => ({ ...f, spread: true }))] } : g;
  });
}

export function isEveryoneZero(c: Claim): boolean {
  return c.value.low === 0 && c.value.high === 0 && c.provenance.beyond !== true && !c.hedged;
}

/**
 * Counts of one coordination in one group are different people: `Two women and one man were shot to death`
 * is one figure of three, not two rival figures of two and one.
 */
function sumCoordinations(list: readonly FigureClaim[]): FigureClaim[] {
  const byKey = groupBy(list, (f) => f.claim.provenance.coordination ?? `#${f.claim.id}`);
  return [...byKey.values()].map((members) => {
    const [first, ...rest] = members;
    if (!first || rest.length === 0) return first!;
    const add = (pick: (f: FigureClaim) => number | null) =>
      members.some((f) => pick(f) === null) ? null : members.reduce((n, f) => n + (pick(f) ?? 0), 0);
    const exact = members.every((f) => f.claim.value.qualifier === 'exact');
    // `a girl and scores of others`: a sum with a vague part is vague.
    const vague = members.some((f) => f.claim.value.qualifier === 'vague');
    const value = {
      low: add((f) => f.claim.value.low),
      high: add((f) => f.claim.value.high),
      qualifier: exact ? ('exact' as const) : vague ? ('vague' as const) : ('at_least' as const),
      text: members.map((f) => f.claim.value.text).join(' + '),
    };
    const claim = { ...first.claim, value: exact ? value : { ...value, high: null } };
    return { ...first, claim, interval: toInterval(claim.value), also: rest.map((f) => f.claim.id) };
  });
}

/** A figure repeated in later reports was said when it was first reported: date each repeat so. */
function firstSaid(list: readonly FigureClaim[]): FigureClaim[] {
  const first = new Map<string, { when: string | null; order: number }>();
  const keyOf = (f: FigureClaim) => `${f.source}|${f.interval.lo}|${f.interval.hi}`;
  for (const f of list) {
    const k = keyOf(f);
    const seen = first.get(k);
    if (!seen) first.set(k, { when: f.when, order: f.order });
    else if (f.when !== null && (seen.when === null || f.when < seen.when))
      first.set(k, { when: f.when, order: f.order });
  }
  return list.map((f) => {
    const at = first.get(keyOf(f))!;
    return at.when === f.when ? f : { ...f, when: at.when, order: Math.min(at.order, f.order) };
  });
}

function foldEchoes(list: readonly FigureClaim[]): FigureClaim[] {
  const attributed = new Map<string, FigureClaim>();
  for (const f of list) {
    if (OWN_VOICE.has(f.claim.claimant.kind) || f.claim.hedged) continue;
    const key = `${f.source}|${f.interval.lo}|${f.interval.hi}`;
    if (!attributed.has(key) && attributed.size < ECHO_CANDIDATES) attributed.set(key, f);
  }
  if (attributed.size === 0) return [...list];
  const originals = [...attributed.values()];
  return list.map((f) => {
    if (!OWN_VOICE.has(f.claim.claimant.kind)) return f;
    const same = closest(f, originals);
    return same ? { ...f, source: same.source, echo: true } : f;
  });
}

/** The attributed figure an own-voice figure most plausibly repeats: compatible, nearest in value. */
function closest(f: FigureClaim, originals: readonly FigureClaim[]): FigureClaim | null {
  let best: FigureClaim | null = null;
  let bestGap = Infinity;
  for (const o of originals) {
    if (relate(f.interval, o.interval) === 'conflicts') continue;
    const gap = Math.abs(f.interval.lo - o.interval.lo);
    if (gap < bestGap) [best, bestGap] = [o, gap];
  }
  return best;
}

/** Fates of people on a hijacked train are told of "hostages" and "passengers" alike. */
export function comparisonGroup(outcome: Outcome, group: Group | EstimateGroup): EstimateGroup {
  if ((outcome === 'rescued' || outcome === 'released' || outcome === 'executed') && group === 'passengers') {
    return 'hostages';
  }
  return group;
}

/** Claims grouped by incident × outcome × comparison group, the unit conflicts are looked for in. */
export function comparisonGroups(groups: readonly FigureGroup[]): FigureGroup[] {
  const keyed = groupBy(
    groups,
    (g) => `${g.incident}\u0000${g.outcome}\u0000${comparisonGroup(g.outcome, g.group)}`,
  );
  return [...keyed.values()].map((gs) => ({
    incident: gs[0]!.incident,
    outcome: gs[0]!.outcome,
    group: comparisonGroup(gs[0]!.outcome, gs[0]!.group),
    claims: gs.flatMap((g) => g.claims),
  }));
}

/**
 * A source's standing figure, from its figures in time order: the latest one not marked provisional
 * ("so far, six") — unless it is smaller than one the source gave before and does not say it corrects it.
 * Tolls are revised upward far more often than down, and a later, smaller figure of the same source is
 * usually a part of its toll (`four people were hurt` … `two women were taken to St. Luke's`), not a revision;
 * a correction says so (`revised the toll down to`, `not four as first reported`).
 */
export function standingFigure(list: readonly FigureClaim[]): FigureClaim {
  const settled = list.filter((f) => !f.provisional);
  const pool = settled.length > 0 ? settled : list;
  return pool.reduce((standing, f) =>
    f.interval.lo >= standing.interval.lo || CORRECTION.test(f.claim.evidence.text) ? f : standing,
  );
}

const CORRECTION =
  /\b(?:revised|corrected|correction|lowered|downgraded|down from|not \w+ as (?:previously|earlier|initially|first)|(?:previously|earlier|initially|first) reported)\b/i;

/** Time order: dated statements first by date, then document order. */
export function byTime(a: FigureClaim, b: FigureClaim): number {
  if (a.when !== b.when) {
    if (a.when === null) return 1;
    if (b.when === null) return -1;
    return a.when < b.when ? -1 : 1;
  }
  return a.order - b.order;
}
