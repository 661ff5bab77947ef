// Reconciliation entry point: per-document extractions in, the cross-document view out. Pure, no I/O.
// Order matters: whole-group statements ("all hostages were rescued") join the claims first; incidents and
// claimants are unified next, so every later stage compares claims of one event and one source; echoes
// are folded before conflicts and estimates, so repeats never count twice.
import type { Analysis, Conflict, Estimate } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { buildTimelineOrdered } from './build-timeline.js';
import { estimateFigure } from './estimate-figures.js';
import { estimateTotals } from './estimate-totals.js';
import {
  comparisonGroups,
  figureGroups,
  toFigureClaim,
  type FigureClaim,
  type FigureGroup,
} from './figure-claims.js';
import { findConflicts } from './find-conflicts.js';
import { findImplausible } from './find-implausible.js';
import { findWholeClaims } from './find-whole-claims.js';
import { linkIncidents, type IncidentLinks, type LinkGraph, type LinkOptions } from './link-incidents.js';
import { withEventRows } from './event-row.js';
import { groupBy } from './tally.js';
import { timelineKey, type TimelinePlace } from './sort-keys.js';
import { unifyClaimants, type ClaimantResolver } from './unify-claimants.js';

export type ReconciledView = Pick<Analysis, 'incidents' | 'claims' | 'conflicts' | 'estimates' | 'timeline'>;

export function reconcile(extractions: readonly DocumentExtraction[]): ReconciledView {
  return reconcileLinked(extractions).view;
}

/** The view and which incident each local incident (`documentId`, local key) landed in: the store's identities. */
export function reconcileLinked(
  extractions: readonly DocumentExtraction[],
  options: ReconcileOptions = {},
): { view: ReconciledView; idOf: IncidentLinks['idOf']; order: ViewOrder; graph?: LinkGraph } {
  const links = linkIncidents(extractions, options);
  const { view, order } = reconcileFigures(extractions, links, options);
  return {
    view: withEventRows(view, extractions, options.described?.(links.idOf)),
    idOf: links.idOf,
    order,
    ...(links.graph ? { graph: links.graph } : {}),
  };
}

export interface ReconcileOptions extends LinkOptions {
  /** Claimants decided over more reports than these (a store's sums, `resolverFrom`); else over these. */
  readonly claimants?: ClaimantResolver;
  /** A report's place in the order of all reports (a store's sequence); else its index here. */
  readonly documentOrder?: (document: string, index: number) => number;
  /**
   * The incidents a caller keeps, chosen once the reports are linked (the store keeps the incidents of the region
   * it refreshes): only they are located and described (`withEventRows`); the others come back without event rows.
   */
  readonly described?: (idOf: IncidentLinks['idOf']) => (incident: string) => boolean;
}

/**
 * Where each row of the view stands, from the row alone, so a store that rewrites some incidents can keep every
 * other row in place (`src/reconcile/sort-keys.ts`): each incident's sort key, each claim's and each timeline
 * entry's report order (report × 1,000,000 + claim), and each timeline entry's time.
 */
export interface ViewOrder {
  readonly incidents: ReadonlyMap<string, string>;
  readonly claims: readonly number[];
  readonly timeline: readonly TimelinePlace[];
}

function reconcileFigures(
  extractions: readonly DocumentExtraction[],
  links: IncidentLinks,
  options: ReconcileOptions,
): { view: ReconciledView; order: ViewOrder } {
  const { figures, countless } = collectFigures(
    extractions,
    links,
    options.claimants ?? unifyClaimants(extractions),
    options.documentOrder ?? ((_, d) => d),
  );
  const counted = (id: string) => !countless.has(id);
  const groups = figureGroups(figures);
  const incidentRank = new Map(links.incidents.map((i, n) => [i.id, n]));
  const rank = (x: { incident: string }) => incidentRank.get(x.incident) ?? 0;
  const claimed = figures.filter((f) => counted(f.claim.id));
  const timeline = buildTimelineOrdered(groups.flatMap((g) => g.claims.filter((f) => f.spread !== true)))
    .map((t) => ({ ...t, entry: { ...t.entry, claims: t.entry.claims.filter(counted) } }))
    .filter((t) => t.entry.claims.length > 0)
    // In the order of the store's row key, ties included (two entries a repeat gave one time and order).
    .map((t) => ({ ...t, key: timelineKey({ when: t.when, order: t.order, first: t.entry.claims[0]! }) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const view: ReconciledView = {
    incidents: links.incidents,
    claims: claimed.map((f) => f.claim),
    conflicts: findAllConflicts(groups, figures)
      .sort((a, b) => rank(a) - rank(b))
      .map((c) => setAside(c, countless)),
    estimates: estimateAll(groups, counted).sort(
      (a, b) => rank(a) - rank(b) || a.outcome.localeCompare(b.outcome),
    ),
    timeline: timeline.map((t) => t.entry),
  };
  return {
    view,
    order: {
      incidents: links.sortKeys,
      claims: claimed.map((f) => f.order),
      timeline: timeline.map(({ when, order, entry }) => ({ when, order, first: entry.claims[0]! })),
    },
  };
}

/** Every claim with its cross-document incident and claimant, dated, and the count-less statements apart. */
function collectFigures(
  extractions: readonly DocumentExtraction[],
  links: IncidentLinks,
  claimantOf: ClaimantResolver,
  documentOrder: (document: string, index: number) => number,
): { figures: FigureClaim[]; countless: Map<string, Claim> } {
  const dateOf = new Map(links.incidents.map((i) => [i.id, i.date]));
  const figures: FigureClaim[] = [];
  const countless = new Map<string, Claim>();
  extractions.forEach((e, d) => {
    const { document } = e;
    [...e.claims, ...findWholeClaims(e)].forEach((c, i) => {
      const incident = c.incident === null ? null : links.idOf(document.id, c.incident);
      const happened = incident === null ? null : (dateOf.get(incident) ?? null);
      const claim: Claim = withStatedYear({ ...c, incident, claimant: claimantOf(c) }, happened);
      const f = toFigureClaim(
        claim,
        possibleDate(document.published, happened),
        documentOrder(document.id, d) * 1_000_000 + i,
      );
      figures.push(f.when === claim.stated && !possibleDate(f.when, happened) ? { ...f, when: null } : f);
      if (i >= e.claims.length) countless.set(claim.id, claim);
    });
  });
  return { figures: withDeaths(figures), countless };
}

/**
 * A wounded count that includes dead people stands for the survivors in estimates: the dead are counted under
 * killed. Told in the same sentence (`five shot, one fatally`, `provenance.partOf`) or apart in the same report
 * (`provenance.deadAmong`). And a single person told of as hurt (`a boy was shot in the head`, `the victim is
 * in critical condition`) in an incident where one person died is that death, told before it came, unless the
 * same sentence tells a death beside them (`a man was killed and a woman wounded`), they are `another`, or the
 * sentence says they lived (`survived`, `stable condition`).
 */
function withDeaths(figures: readonly FigureClaim[]): FigureClaim[] {
  const dead = new Map<string, number>();
  const deaths = new Map<string, number>();
  const deathSentences = new Set<string>();
  const woundedBySentence = groupBy(
    figures.filter((f) => f.claim.outcome === 'wounded' && !f.claim.provenance.individual),
    (f) => sentenceKey(f.claim),
  );
  for (const f of figures) {
    const whole =
      f.claim.provenance.partOf ?? deadOfCount(f.claim, woundedBySentence.get(sentenceKey(f.claim)));
    if (whole && f.claim.outcome === 'killed')
      dead.set(whole, (dead.get(whole) ?? 0) + (f.claim.value.low ?? 0));
    if (f.claim.outcome === 'killed' && !f.claim.hedged && (f.claim.value.low ?? 0) >= 1) {
      const incident = f.claim.incident;
      if (incident !== null)
        deaths.set(incident, Math.max(deaths.get(incident) ?? 0, f.claim.value.low ?? 0));
      deathSentences.add(sentenceKey(f.claim));
    }
  }
  // The same count told again in the report (`five people were injured` … `one of the five has died`) holds the
  // same dead.
  const sameCount = (c: Claim) => `${c.document}\u0000${c.incident}\u0000${c.value.low}\u0000${c.value.high}`;
  const deadInCount = new Map<string, number>();
  for (const f of figures) {
    const n = dead.get(f.claim.id);
    if (n !== undefined && f.claim.outcome === 'wounded' && f.claim.value.qualifier === 'exact')
      deadInCount.set(sameCount(f.claim), Math.max(deadInCount.get(sameCount(f.claim)) ?? 0, n));
  }
  return figures.map((f) => {
    const retold =
      f.claim.outcome === 'wounded' && f.claim.value.qualifier === 'exact' && !f.claim.provenance.individual
        ? (deadInCount.get(sameCount(f.claim)) ?? 0)
        : 0;
    let deduct = Math.max(dead.get(f.claim.id) ?? 0, f.claim.provenance.deadAmong ?? 0, retold);
    if (diedLater(f.claim, deaths, deathSentences)) deduct = Math.max(deduct, 1);
    return deduct > 0 ? { ...f, deduct } : f;
  });
}

/** `one of the five`, `two of those victims`, `one of whom`: the dead counted inside a count of the same sentence. */
const OF_THE = /^\s+of\s+(?:the|those|these|them|whom)\b/i;

/**
 * `One of the five people hospitalized has died`, `at least 20 were injured, and two of those victims are dead`: a
 * count of dead told as a part of a count of the hurt in its own sentence is among that count; the whole is the
 * count named right after `of the`, else the nearest count before it.
 */
function deadOfCount(c: Claim, wounded: readonly FigureClaim[] | undefined): string | null {
  if (c.outcome !== 'killed' || !wounded || wounded.length === 0) return null;
  const after = c.evidence.text.slice(c.evidence.numberEnd - c.evidence.start);
  const of = OF_THE.exec(after);
  if (!of) return null;
  const next = c.evidence.numberEnd + of[0].length;
  const named = wounded.find(
    (w) => w.claim.evidence.numberStart >= next && w.claim.evidence.numberStart <= next + 1,
  );
  if (named) return named.claim.id;
  const before = wounded
    .filter((w) => w.claim.evidence.numberEnd <= c.evidence.numberStart)
    .sort((a, b) => b.claim.evidence.numberEnd - a.claim.evidence.numberEnd);
  return before[0]?.claim.id ?? null;
}

/** The sentence says this person lived, or is one more (`also`): not the death told elsewhere. */
const LIVED =
  /\b(?:also|survived|expected to (?:survive|recover|live|be ok)|stable condition|recovering|released from|treated and released|non-life|not life)\b/i;
const APART = /^(?:another|other|a second|the second|a third|the other)\b/i;

/** Only where one person died: a survivor of a shooting that killed several is told of apart from them. */
function diedLater(
  c: Claim,
  deaths: ReadonlyMap<string, number>,
  deathSentences: ReadonlySet<string>,
): boolean {
  return (
    c.outcome === 'wounded' &&
    c.provenance.individual === true &&
    c.incident !== null &&
    deaths.get(c.incident) === 1 &&
    !deathSentences.has(sentenceKey(c)) &&
    !APART.test(c.value.text) &&
    !LIVED.test(c.evidence.text)
  );
}

function sentenceKey(c: Claim): string {
  return `${c.document}#${c.evidence.start}`;
}

function findAllConflicts(groups: readonly FigureGroup[], figures: readonly FigureClaim[]): Conflict[] {
  const byIncident = groupBy(
    figures.filter((f) => f.claim.incident !== null),
    (f) => f.claim.incident!,
  );
  return [
    ...comparisonGroups(groups).flatMap(findConflicts),
    ...[...byIncident].flatMap(([id, list]) => findImplausible(id, list)),
  ];
}

/** Rows per figure (those with counted claims), then the `all` totals over them. */
function estimateAll(groups: readonly FigureGroup[], counted: (id: string) => boolean): Estimate[] {
  const rows = groups
    .map(estimateFigure)
    .map((e) => ({ ...e, claims: e.claims.filter(counted) }))
    .filter((e) => e.claims.length > 0);
  const sources = new Map(
    groups.map((g) => [
      rowKey(g),
      [...new Set(g.claims.filter((f) => !f.claim.hedged && counted(f.claim.id)).map((f) => f.source))],
    ]),
  );
  return [...rows, ...estimateTotals(rows, (e) => sources.get(rowKey(e)) ?? [])];
}

/**
 * Statements without a count ("all hostages were rescued") bound figures but are not figures: the
 * analysis's `claims` leave them out, and the conflicts that rest on them carry them as `statements`.
 */
function setAside(c: Conflict, countless: ReadonlyMap<string, Claim>): Conflict {
  const statements = c.claims.map((id) => countless.get(id)).filter((x): x is Claim => x !== undefined);
  return statements.length === 0
    ? c
    : { ...c, claims: c.claims.filter((id) => !countless.has(id)), statements };
}

/**
 * A month-day from a report with no date of its own (`on March 13`) takes the year of the incident it speaks of —
 * the next year when the day would come before the event.
 */
function withStatedYear(c: Claim, happened: string | null): Claim {
  const day = c.provenance.statedDay;
  if (c.stated !== null || !day || happened === null || happened.length < 4) return c;
  const year = Number(happened.slice(0, 4));
  const candidate = `${year}-${day}`;
  const stated =
    happened.length >= 7 && candidate.slice(0, 7) < happened.slice(0, 7) ? `${year + 1}-${day}` : candidate;
  return { ...c, stated, provenance: { ...c.provenance, statedYear: 'incident' } };
}

/** A statement cannot predate its event: such a date (a bad inferred publication date) says nothing. */
function possibleDate(when: string | null, happened: string | null): string | null {
  if (when === null || happened === null) return when;
  const n = Math.min(when.length, happened.length);
  return when.slice(0, n) < happened.slice(0, n) ? null : when;
}

function rowKey(e: { incident: string; outcome: string; group: string }): string {
  return `${e.incident}\u0000${e.outcome}\u0000${e.group}`;
}
