// Follow-ups: a report posted from an incident's page (the web app's form, or POST /api/documents with `incident`)
// joins that incident unless the evidence says it is another event. The decision is taken once, at the refresh after
// the post, and kept with the report (`documents.follow_up`), so later refreshes repeat it without scoring again:
// - the report's main event is scored against each report of the hinted incident with the linking score
//   (src/reconcile/link-score.ts) plus a prior worth an identical event name (`FOLLOW_UP_PRIOR`), best pair wins;
// - strong cannot-link evidence wins over the hint: event dates more than `FAR_DAYS` apart, places more than
//   `FAR_KM` apart by the gazetteer, or named victims on both sides with none in common;
// - when it joins, its main event starts in one cluster with the best-scoring report's incident (`together` in
//   linking), and the clustering runs as always from there.
// Every posted report (with a hint or without) gets the answer: which incident it is in now, and why.
import type { Incident } from '../model/analysis.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { linkDiagnostics } from '../reconcile/link-incidents.js';
import { LINK, pairScore, placesOverlap, sharePerson, type LinkNode } from '../reconcile/link-score.js';
import { keysSimilarity } from '../reconcile/name-key.js';
import { datesCompatible } from '../reconcile/partial-date.js';
import { memberKey, type NewIncident } from './incident-identity.js';
import type { FollowUpAnswer } from './store.js';

/** Log-odds the hint adds: as much as both reports giving the event the same name (`LINK.weights.eventName`). */
export const FOLLOW_UP_PRIOR = 3;
/** Event dates further apart than this are another event, whatever the page it was posted from. */
export const FAR_DAYS = 30;
/** Places further apart than this (gazetteer coordinates, city or province precision) are another event. */
export const FAR_KM = 150;

/** What `documents.follow_up` holds: the hint as posted, and the decision once taken. */
export interface FollowUpRecord {
  readonly hint: string | null;
  readonly decision?: FollowUpDecision;
}

export interface FollowUpDecision extends Omit<FollowUpAnswer, 'document'> {
  /** Set when the hint made it join: the local incident of another report it starts out linked with. */
  readonly anchor: readonly [string, string] | null;
}

export function parseFollowUp(value: unknown): FollowUpRecord | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as FollowUpRecord;
}

/** The follow-up records some stored reports carry (a report posted from an incident's page), by report. */
export function followRecords(
  rows: readonly { readonly id: string; readonly follow_up: unknown }[],
): { document: string; record: FollowUpRecord }[] {
  return rows
    .filter((r) => r.follow_up !== null)
    .map((r) => ({ document: r.id, record: parseFollowUp(r.follow_up)! }));
}

/** The must-link pairs of the follow-ups already decided to join their hinted incident. */
export function togetherPairs(
  records: readonly { readonly document: string; readonly record: FollowUpRecord }[],
  extractions: readonly DocumentExtraction[],
): [string, string][] {
  const mainKey = new Map(
    extractions.map((e) => [e.document.id, e.incidents.find((l) => l.main)?.key ?? null]),
  );
  const pairs: [string, string][] = [];
  for (const { document, record } of records) {
    const key = mainKey.get(document);
    const anchor = record.decision?.anchor;
    if (key && anchor) pairs.push([memberKey(document, key), memberKey(anchor[0], anchor[1])]);
  }
  return pairs;
}

export interface DecisionContext {
  readonly extractions: readonly DocumentExtraction[];
  /** The clustering as linking made it without this report's hint, with stable ids. */
  readonly incidents: readonly NewIncident[];
  readonly stableId: (provisional: string) => string;
  /** The reconciled incidents by provisional id (their gazetteer locations). */
  readonly view: ReadonlyMap<string, Incident>;
}

/** Decides every pending follow-up; linking's nodes are built once for all of them. */
export function decideFollowUps(
  pending: readonly { readonly document: string; readonly hinted: string | null }[],
  context: DecisionContext,
): Map<string, FollowUpDecision> {
  const { nodes } = linkDiagnostics(context.extractions);
  const nodeOf = new Map(nodes.map((n) => [memberKey(n.doc, n.local.key), n]));
  const incidentOf = new Map<string, NewIncident>();
  for (const incident of context.incidents) for (const m of incident.members) incidentOf.set(m, incident);
  const byStable = new Map<string, NewIncident>();
  for (const incident of context.incidents) byStable.set(context.stableId(incident.provisional), incident);
  const decisions = new Map<string, FollowUpDecision>();
  for (const { document, hinted } of pending) {
    const main = context.extractions.find((e) => e.document.id === document)?.incidents.find((l) => l.main);
    const node = main ? nodeOf.get(memberKey(document, main.key)) : undefined;
    const own = main ? incidentOf.get(memberKey(document, main.key)) : undefined;
    if (!main || !node || !own) {
      decisions.set(document, {
        incident: null,
        hinted,
        joined: false,
        anchor: null,
        score: null,
        why: ['the report tells of no event of its own'],
      });
      continue;
    }
    const current = context.stableId(own.provisional);
    const target = hinted === null ? own : byStable.get(hinted);
    const prior = hinted !== null && current !== hinted ? FOLLOW_UP_PRIOR : 0;
    const best = target ? bestPair(node, target, nodeOf, prior) : null;
    if (hinted === null || current === hinted || !target) {
      decisions.set(document, {
        incident: current,
        hinted,
        joined:
          hinted === null ? own.members.some((m) => !m.startsWith(`${document}\u0000`)) : current === hinted,
        anchor: null,
        score: best?.score ?? null,
        why: best ? evidence(node, best.node) : ['no other report tells of this event'],
      });
      continue;
    }
    const against = best
      ? strongCannotLink(
          node,
          best.node,
          context.view.get(own.provisional),
          context.view.get(target.provisional),
        )
      : [];
    const joins = best !== null && best.score >= LINK.threshold && against.length === 0;
    decisions.set(document, {
      incident: joins ? hinted : current,
      hinted,
      joined: joins,
      anchor: joins ? [best.node.doc, best.node.local.key] : null,
      score: best?.score ?? null,
      why: best
        ? [
            ...evidence(node, best.node),
            ...against,
            ...(joins
              ? []
              : best.score < LINK.threshold
                ? ['too little in common, even posted from its page']
                : []),
          ]
        : ['no report of that incident can be compared with it'],
    });
  }
  return decisions;
}

type Node = ReturnType<typeof linkDiagnostics>['nodes'][number];

function bestPair(
  node: Node,
  incident: NewIncident,
  nodeOf: ReadonlyMap<string, Node>,
  prior: number,
): { node: Node; score: number } | null {
  let best: { node: Node; score: number } | null = null;
  // Members in code-point order, so ties go the same way every time.
  for (const m of [...incident.members].sort()) {
    const other = nodeOf.get(m);
    if (!other || other.doc === node.doc) continue;
    const s = pairScore(node, other);
    if (s === null) continue;
    const score = Math.round((s + prior) * 100) / 100;
    if (!best || score > best.score) best = { node: other, score };
  }
  return best;
}

/** What the two share or not, in words: names, dates, places, victims, counts. */
export function evidence(a: LinkNode, b: LinkNode): string[] {
  const why: string[] = [];
  const shared = a.names.filter((n, i) => b.keys.some((k) => keysSimilarity([a.keys[i]!], [k]) >= 0.5));
  if (shared.length > 0) why.push(`both name the event “${shared[0]}”`);
  if (a.date !== null && b.date !== null) {
    const days = daysApart(a.date, b.date);
    why.push(
      datesCompatible(a.date, b.date)
        ? `event dates fit (${a.date}, ${b.date})`
        : `event dates ${days} day${days === 1 ? '' : 's'} apart (${a.date}, ${b.date})`,
    );
  }
  if (a.place !== null && b.place !== null)
    why.push(
      placesOverlap(a.place, b.place)
        ? `same place (${a.place}, ${b.place})`
        : `different places named (${a.place}, ${b.place})`,
    );
  if (sharePerson(a, b)) why.push('a victim both name');
  const numbers = [...a.numbers]
    .filter((n) => b.numbers.has(n))
    .sort((x, y) => parseFloat(x) - parseFloat(y));
  if (numbers.length > 0) why.push(`both state ${numbers.join(', ')}`);
  return why;
}

/** Evidence strong enough that a hint does not hold: reasons, empty when there are none. */
function strongCannotLink(
  a: LinkNode,
  b: LinkNode,
  own: Incident | undefined,
  target: Incident | undefined,
): string[] {
  const against: string[] = [];
  if (
    a.date !== null &&
    b.date !== null &&
    !datesCompatible(a.date, b.date) &&
    daysApart(a.date, b.date) > FAR_DAYS
  )
    against.push(`event dates more than ${FAR_DAYS} days apart`);
  const km = distanceKm(own, target);
  if (km !== null && km > FAR_KM)
    against.push(`${Math.round(km)} km apart (${own!.location!.name}, ${target!.location!.name})`);
  if (a.people.size > 0 && b.people.size > 0 && !sharePerson(a, b)) against.push('different named victims');
  return against;
}

function distanceKm(a: Incident | undefined, b: Incident | undefined): number | null {
  const p = a?.location;
  const q = b?.location;
  if (!p || !q || p.precision === 'country' || q.precision === 'country') return null;
  const rad = Math.PI / 180;
  const dLat = (q.latitude - p.latitude) * rad;
  const dLon = (q.longitude - p.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(p.latitude * rad) * Math.cos(q.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function daysApart(a: string, b: string): number {
  const pad = (d: string) => (d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d.slice(0, 10));
  return Math.round(Math.abs(Date.parse(pad(a)) - Date.parse(pad(b))) / 86_400_000);
}
