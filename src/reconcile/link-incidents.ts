// One event across documents. Each document names its incidents (`LocalIncident`); two local incidents
// of different documents are one event when their names match on the consonant skeleton and their dates
// fit, or when both are a document's main event on the same day and place. Guards, because linking is
// transitive: a cluster never holds two incidents of one document nor two dates that do not fit, and an
// incident a document only recalls joins another document's main event only when both dates are known.
// Main events whose claims name the same victim are one even when their dates do not fit (a follow-up).
// Candidates come from an index of name keys and days, so the cost grows with matches, not with n².
import type { Incident } from '../model/analysis.js';
import { isUnnamedLabel, type DocumentExtraction, type LocalIncident } from '../model/extraction.js';
import { keysSimilarity, nameKeys, nameWords, slugify } from './name-key.js';
import { datesCompatible, datesSameDay, mostPreciseDate } from './partial-date.js';
import { groupBy, mostCommon, push } from './tally.js';

export interface IncidentLinks {
  readonly incidents: readonly Incident[];
  /** `documentId \u0000 localKey` → incident id. */
  readonly idOf: (document: string, key: string) => string | null;
}

interface Node {
  readonly doc: string;
  readonly docIndex: number;
  readonly local: LocalIncident;
  readonly names: readonly string[];
  /** Name keys of each name, computed once: pairs compare these, not strings. */
  readonly keys: readonly (readonly string[])[];
  /** The people its claims name as victims (`Jon Boring`), first and last name, lowercased. */
  readonly people: ReadonlySet<string>;
  /** The document's text, lowercased: a place one report names may be a part of the place another names. */
  readonly text: string;
}

const MATCH = 0.6;
const RECALLED_MATCH = 0.8;
/** Distinct-looking incidents compared pairwise under one name key; beyond this a key is too common to tell. */
const MAX_REPRESENTATIVES = 200;
const BROAD_PLACES = new Set([
  'pakistan',
  'pakistani',
  'balochistan',
  'baluchistan',
  'province',
  'region',
  'district',
  'area',
  'near',
  'city',
]);

export function linkIncidents(extractions: readonly DocumentExtraction[]): IncidentLinks {
  const nodes: Node[] = [];
  const folded = new Map<string, string>();
  extractions.forEach((e, docIndex) => {
    const { kept, into } = foldIntoMain(e.incidents);
    for (const [from, to] of into) folded.set(`${e.document.id}\u0000${from}`, `${e.document.id}\u0000${to}`);
    const people = victimsByIncident(e, into);
    const text = e.document.text.toLowerCase();
    for (const local of kept) {
      // A label made up from the date and place (`Main incident of … in …`) is no name: it would make any two
      // unnamed events alike. Their date and place are compared on their own.
      const names = [...(isUnnamedLabel(local.label) ? [] : [local.label]), ...local.aliases];
      nodes.push({
        doc: e.document.id,
        docIndex,
        local,
        names,
        keys: names.map(nameKeys),
        people: people.get(local.key) ?? new Set(),
        text,
      });
    }
  });
  const clusters = new Clusters(nodes);
  const crowded = crowdedDays(nodes);
  for (const [a, b, score] of candidatePairs(nodes, crowded)) {
    if (score >= threshold(nodes[a]!, nodes[b]!)) clusters.tryUnion(a, b, followUp(nodes[a]!, nodes[b]!));
  }
  const groups = clusters.groups();
  const incidents = assignIds(groups.map((members) => describe(members.map((i) => nodes[i]!))));
  const byKey = new Map<string, string>();
  groups.forEach((members, g) => {
    for (const i of members) byKey.set(`${nodes[i]!.doc}\u0000${nodes[i]!.local.key}`, incidents[g]!.id);
  });
  const order = [...incidents].sort(incidentOrder);
  return {
    incidents: order,
    idOf: (document, key) => {
      const k = `${document}\u0000${key}`;
      return byKey.get(folded.get(k) ?? k) ?? null;
    },
  };
}

/**
 * An undated incident a document keeps apart from its main event but names with the main event's
 * whole name ("Peshawar-bound Jaffar Express", "Pakistan's Jaffar Express") is that event.
 */
function foldIntoMain(locals: readonly LocalIncident[]): {
  kept: LocalIncident[];
  into: Map<string, string>;
} {
  const main = locals.find((l) => l.main);
  const into = new Map<string, string>();
  if (!main) return { kept: [...locals], into };
  const mainKeys = nameKeys(main.label);
  const absorbed: string[] = [];
  const kept = locals.filter((l) => {
    if (l === main || l.main || l.date !== null || mainKeys.length === 0) return true;
    const keys = new Set([l.label, ...l.aliases].flatMap(nameKeys));
    if (!mainKeys.every((k) => keys.has(k))) return true;
    into.set(l.key, main.key);
    absorbed.push(l.label, ...l.aliases);
    return false;
  });
  const merged = { ...main, aliases: [...new Set([...main.aliases, ...absorbed])] };
  return { kept: kept.map((l) => (l === main ? merged : l)), into };
}

/** A victim's first and last name: `Corporal Bill Cooper` and `Bill Cooper` are one person. */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

function victimsByIncident(
  e: DocumentExtraction,
  into: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of e.claims) {
    if (c.incident === null || !c.provenance.individual || !PERSON.test(c.value.text)) continue;
    const words = c.value.text.toLowerCase().split(/\s+/);
    const person = words.slice(-2).join(' ');
    const key = into.get(c.incident) ?? c.incident;
    const set = out.get(key) ?? new Set<string>();
    set.add(person);
    out.set(key, set);
  }
  return out;
}

function followUp(a: Node, b: Node): boolean {
  return a.local.main && b.local.main && sharePerson(a, b);
}

function sharePerson(a: Node, b: Node): boolean {
  for (const p of a.people) if (b.people.has(p)) return true;
  return false;
}

function threshold(a: Node, b: Node): number {
  if (a.local.main !== b.local.main) {
    // A recalled incident (the 2024 station bombing) is never silently the main event of another article.
    return a.local.date !== null && b.local.date !== null ? MATCH : Infinity;
  }
  return a.local.main ? MATCH : RECALLED_MATCH;
}

/**
 * Pairs of nodes sharing a name key or (main events) a day, best first. Nodes that look alike (same
 * names, date, place) are chained to one representative, and only representatives are compared
 * pairwise, so a thousand reports of one event cost a thousand pairs, not half a million.
 */
function candidatePairs(nodes: readonly Node[], crowded: ReadonlySet<string>): [number, number, number][] {
  const index = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    const keys = new Set(n.keys.flat());
    if (n.local.main && n.local.date !== null && n.local.date.length >= 10) keys.add(`@${n.local.date}`);
    for (const p of n.people) keys.add(`#${p}`);
    for (const k of keys) push(index, k, i);
  });
  const signature = nodes.map((n) =>
    JSON.stringify([
      n.names.map((x) => x.toLowerCase()).sort(),
      n.local.date,
      n.local.place,
      n.local.main,
      [...n.people].sort(),
    ]),
  );
  const seen = new Set<string>();
  const pairs: [number, number, number][] = [];
  const add = (a: number, b: number) => {
    const id = a < b ? `${a},${b}` : `${b},${a}`;
    if (nodes[a]!.doc === nodes[b]!.doc || seen.has(id)) return;
    seen.add(id);
    pairs.push([a, b, score(nodes[a]!, nodes[b]!, crowded)]);
  };
  for (const list of index.values()) {
    const reps: number[] = [];
    for (const same of groupBy(list, (i) => signature[i]!).values()) {
      for (const other of same.slice(1)) add(same[0]!, other);
      if (reps.length < MAX_REPRESENTATIVES) reps.push(same[0]!);
    }
    for (let x = 0; x < reps.length; x++) for (let y = x + 1; y < reps.length; y++) add(reps[x]!, reps[y]!);
  }
  return pairs.sort((p, q) => q[2] - p[2]);
}

function score(a: Node, b: Node, crowded: ReadonlySet<string>): number {
  // A later report (the arrest, the trial) of the same victims is the same event, whatever day it tells of.
  if (!datesCompatible(a.local.date, b.local.date)) return followUp(a, b) ? MATCH : 0;
  let s = keysSimilarity(a.keys, b.keys);
  // Same day and same place make two main events one even when their names share nothing.
  if (datesSameDay(a.local.date, b.local.date)) s += 0.3;
  // A victim named in both is one event: nobody is shot dead twice.
  if (sharePerson(a, b)) s += 0.6;
  if (placesOverlap(a.local.place, b.local.place) || placeIn(a.local.place, b) || placeIn(b.local.place, a))
    s += 0.3;
  // Two main events of one day where one report names no place: nothing tells them apart — as long as the
  // batch tells of one place that day; among several, a report with no place could be any of them.
  else if (
    a.local.main &&
    b.local.main &&
    (a.local.place === null || b.local.place === null) &&
    datesSameDay(a.local.date, b.local.date) &&
    !crowded.has(a.local.date!.slice(0, 10))
  )
    s += 0.3;
  return s;
}

/** Days on which the batch's main events name places that share nothing: two or more events that day. */
function crowdedDays(nodes: readonly Node[]): Set<string> {
  const byDay = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.local.main || n.local.place === null || n.local.date === null || n.local.date.length < 10)
      continue;
    push(byDay, n.local.date.slice(0, 10), n.local.place);
  }
  const out = new Set<string>();
  for (const [day, places] of byDay) {
    if (places.some((p) => places.some((q) => !placesOverlap(p, q)))) out.add(day);
  }
  return out;
}

/** `Englewood` in a report that places the shooting in `Chicago`: the one place may lie in the other. */
function placeIn(place: string | null, other: Node): boolean {
  return place !== null && place.length >= 4 && other.text.includes(place.toLowerCase());
}

function placesOverlap(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const wa = new Set(nameWords(a).filter((w) => !BROAD_PLACES.has(w)));
  return nameWords(b).some((w) => wa.has(w));
}

/** Union-find whose unions respect the one-document and fitting-dates guards. */
class Clusters {
  private readonly parent: number[];
  private readonly docs: Set<string>[];
  private readonly dates: string[][];
  private readonly members: number[][];

  constructor(private readonly nodes: readonly Node[]) {
    this.parent = nodes.map((_, i) => i);
    this.docs = nodes.map((n) => new Set([n.doc]));
    this.dates = nodes.map((n) => (n.local.date === null ? [] : [n.local.date]));
    this.members = nodes.map((_, i) => [i]);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]!];
    return r;
  }

  /** `followUp`: the two name the same victim, so their dates need not fit (see `victimsVouch`). */
  tryUnion(a: number, b: number, followUp = false): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const [big, small] = this.docs[ra]!.size >= this.docs[rb]!.size ? [ra, rb] : [rb, ra];
    for (const d of this.docs[small]!) if (this.docs[big]!.has(d)) return false;
    const bigDates = this.dates[big]!;
    const fit = this.dates[small]!.every((d) => bigDates.every((e) => datesCompatible(d, e)));
    if (!fit && !(followUp && this.victimsVouch(small, big))) return false;
    this.parent[small] = big;
    for (const d of this.docs[small]!) this.docs[big]!.add(d);
    this.dates[big] = [...new Set([...bigDates, ...this.dates[small]!])];
    for (const i of this.members[small]!) this.members[big]!.push(i);
    this.members[small] = [];
    return true;
  }

  /**
   * Reports whose dates do not fit meet only when one of each such pair names a victim of the other side
   * and neither names only victims the other side does not: a follow-up never brings in another shooting
   * of its own day.
   */
  private victimsVouch(small: number, big: number): boolean {
    const xs = this.members[small]!.map((i) => this.nodes[i]!);
    const ys = this.members[big]!.map((i) => this.nodes[i]!);
    const known = (n: Node, side: readonly Node[]) => side.some((z) => sharePerson(n, z));
    for (const x of xs)
      for (const y of ys) {
        if (datesCompatible(x.local.date, y.local.date)) continue;
        const kx = known(x, ys);
        const ky = known(y, xs);
        if (!(kx || ky) || (x.people.size > 0 && !kx) || (y.people.size > 0 && !ky)) return false;
      }
    return true;
  }

  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const list = byRoot.get(r);
      if (list) list.push(i);
      else byRoot.set(r, [i]);
    });
    return [...byRoot.values()];
  }
}

type Described = Omit<Incident, 'id'>;

/** Label, date, place and aliases of a cluster, chosen by what most of its documents say. */
function describe(members: readonly Node[]): Described {
  const main = members.some((m) => m.local.main);
  const pool = main ? members.filter((m) => m.local.main) : members;
  const label = mostCommon(pool.map((m) => m.local.label)) ?? 'Unnamed incident';
  const names = new Map<string, string>();
  for (const m of members)
    for (const n of m.names) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), n);
  names.delete(label.toLowerCase());
  return {
    label,
    date: mostPreciseDate(members.map((m) => m.local.date)),
    place: centralPlace(members.map((m) => m.local.place).filter((p): p is string => p !== null)),
    aliases: [...names.values()],
    documents: [...new Set([...members].sort((a, b) => a.docIndex - b.docIndex).map((m) => m.doc))],
    main,
  };
}

/**
 * The place whose words the incident's other places share most, per word, so "Mashkaf, Bolan" wins
 * among "Bolan Pass" and "Mashkaf, Balochistan", and a plain "Balochistan" beats a wordier one.
 * Province and country words count a tenth: every report has them.
 */
function centralPlace(places: readonly string[]): string | null {
  const words = places.map((p) => [...new Set(nameWords(p))]);
  const frequency = new Map<string, number>();
  for (const ws of words) for (const w of ws) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const weight = (w: string) => frequency.get(w)! * (BROAD_PLACES.has(w) ? 0.1 : 1);
  let best: string | null = null;
  let bestScore = -1;
  places.forEach((p, i) => {
    const ws = words[i]!;
    const score = ws.length === 0 ? 0 : ws.reduce((s, w) => s + weight(w), 0) / ws.length;
    if (score > bestScore || (score === bestScore && best !== null && p.length < best.length))
      [best, bestScore] = [p, score];
  });
  return best;
}

function assignIds(described: readonly Described[]): Incident[] {
  const used = new Map<string, number>();
  return described.map((d) => {
    const base = slugify(d.date ? `${d.label} ${d.date.slice(0, 4)}` : d.label);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...d };
  });
}

function incidentOrder(a: Incident, b: Incident): number {
  if (a.main !== b.main) return a.main ? -1 : 1;
  if (a.documents.length !== b.documents.length) return b.documents.length - a.documents.length;
  return (b.date ?? '').localeCompare(a.date ?? '');
}
