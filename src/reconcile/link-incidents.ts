// One event across documents, decided by evidence rather than label equality. Each document names its incidents
// (`LocalIncident`: its main event, the older ones it recalls, round-ups it cites). Candidate pairs come from
// blocking keys an index can serve (event names, days, places, named victims, rare words), so the cost grows with
// matches, not with n². Each pair gets a score over several signals (link-score.ts); pairs are clustered best
// first with average linkage over the scored pairs (cluster-pairs.ts), under cannot-link rules: never two
// incidents of one document, never dates that cannot fit unless a named victim vouches. Nodes are taken in a
// canonical order (document id, local key), so the incidents never depend on the order reports arrive in.
// Round-ups and statistics (`background`) stay each their own incident: context, never joined, never voting.
import type { Incident } from '../model/analysis.js';
import { isUnnamedLabel, type DocumentExtraction, type LocalIncident } from '../model/extraction.js';
import { clusterPairs, type ScoredPair } from './cluster-pairs.js';
import {
  addCounts,
  headlineOnly,
  nameCounts,
  packVector,
  renewFullVocabulary,
  vocabularyGeneration,
  termCounts,
  tfidf,
  rareTerms,
  topTerms,
} from './incident-terms.js';
import { BROAD_PLACES, LINK, pairScore, type LinkNode } from './link-score.js';
import { nameKeys, nameWords, skeleton, slugify } from './name-key.js';
import incidentWords from '../lexicon/en/incidents.json' with { type: 'json' };
import { magnitudes } from './link-measures.js';
import { namingSentences, protagonists, recalledOnly } from './protagonists.js';
import { mostPreciseDate } from './partial-date.js';
import { mostCommon, push } from './tally.js';
import { incidentSortKey } from './sort-keys.js';

export interface IncidentLinks {
  readonly incidents: readonly Incident[];
  /** `documentId \u0000 localKey` → incident id. */
  readonly idOf: (document: string, key: string) => string | null;
  /**
   * Per incident id, the key `incidents` are sorted by (`incidentSortKey`), made from the incident and its first
   * member alone, so a store can order its rows without the rest of the batch.
   */
  readonly sortKeys: ReadonlyMap<string, string>;
  /** With `graph`: every node and the pairs that reach the threshold (src/store/incremental-view.ts). */
  readonly graph?: LinkGraph;
}

/** The linking as a store keeps it: nodes with their blocking keys, and the pairs strong enough to join. */
export interface LinkGraph {
  readonly nodes: readonly GraphNode[];
  /** Scored pairs at or above `LINK.threshold`, and the pairs asked to start together (score Infinity). */
  readonly strong: readonly { readonly a: string; readonly b: string; readonly score: number }[];
  /** Every scored pair, weak ones too, with its score (made as it is read: a large batch scores millions). */
  readonly scored: Iterable<{ readonly a: string; readonly b: string; readonly score: number }>;
}

export interface GraphNode {
  /** `documentId \u0000 localKey`. */
  readonly member: string;
  readonly document: string;
  readonly keys: readonly string[];
  readonly days: readonly [number, number] | null;
  readonly main: boolean;
  /** Its report's publication day (`publishedDay`), or null: how far an undated recalled incident's keys reach. */
  readonly toldOn: number | null;
}

interface Node extends LinkNode {
  readonly docIndex: number;
  readonly local: LocalIncident;
  /** Its heaviest words and names, numbers aside (`t:` keys, within the window). */
  readonly terms: readonly string[];
  /** Its rare words (`rareTerms`: `r:` keys, within a year). */
  readonly rare: readonly string[];
  /** Its rare names and the rare words it says twice or more, most repeated first: their pairs are `q:` keys. */
  readonly repeated: readonly string[];
  /** Its time as a range of days (`nodeDays`): how far `p:` and `t:` keys reach. */
  readonly days: readonly [number, number] | null;
  /** Its report's publication day (`publishedDay`), or null. */
  readonly toldOn: number | null;
  /** Made once per node object (`documentNodes`): what `scores` knows it by. */
  readonly serial: number;
  /** Its pairs' scores with nodes after it, by their serial, when asked to keep them (`LinkOptions.remember`). */
  readonly scores: Map<number, number | null>;
  /** Its blocking keys (`blockingKeys`), made with the node: a store's refresh indexes the same nodes many times. */
  readonly blocking: readonly string[];
}

/** Heaviest content words, and heaviest proper names, per incident used as blocking keys (`t:`). */
const TERM_KEYS = 8;
/** Rare words per incident used as blocking keys besides its heaviest (`rareTerms`). */
const RARE_KEYS = 48;
/** Rare words an incident repeats whose pairs are blocking keys (`q:`, `rarePairs`). */
export const RARE_PAIR_WORDS = 5;

export interface LinkOptions {
  /**
   * Pairs of local incidents (`documentId \u0000 localKey`) that start in one cluster whatever their score: a
   * follow-up posted from an incident's page that the store decided joins it (src/store/follow-ups.ts). Not scoring:
   * the clustering then runs as always from there.
   */
  readonly together?: readonly (readonly [string, string])[];
  /** Also return the nodes and strong pairs (`graph`). */
  readonly graph?: boolean;
  /**
   * Local incidents (`documentId \u0000 localKey`) linked as if they were alone: a cluster holding some of them
   * never joins one holding others, nor starts with one (a store refreshing a part of its view links that part by
   * itself; the other local incidents of its reports are linked among themselves and not kept).
   */
  readonly within?: ReadonlySet<string>;
  /**
   * Keep each pair's score on its nodes for the next linking of the same reports: a store's refresh links a region
   * several times, and the next refresh links most of it again. A pair's score depends on the pair alone, and its
   * nodes are made once per report and vocabulary. Off for one batch, where each pair is scored once and keeping
   * them all would hold millions.
   */
  readonly remember?: boolean;
}

export function linkIncidents(
  extractions: readonly DocumentExtraction[],
  options: LinkOptions = {},
): IncidentLinks {
  const { nodes, folded } = buildNodes(extractions);
  const within = options.within;
  const inside = within ? nodes.map((n) => within.has(memberOf(n))) : undefined;
  // A pair across `within`'s edge can never join (`cannot` below), nor weigh in a mean of two clusters that can
  // (a cluster never holds both sides), so it is not scored; the graph, when asked for, holds every pair.
  const pairs = candidatePairs(
    nodes,
    inside === undefined || options.graph ? undefined : (a, b) => inside[a] === inside[b],
    options.remember,
  );
  const cannot = (x: readonly number[], y: readonly number[]) =>
    (inside !== undefined && inside[x[0]!] !== inside[y[0]!]) || cannotLink(nodes, x, y);
  const groups = clusterNodes(nodes, pairs, cannot, togetherGroups(nodes, folded, options.together, inside));
  const incidents = assignIds(groups.map((members) => describe(members.map((i) => nodes[i]!))));
  const byKey = new Map<string, string>();
  const sortKeys = new Map<string, string>();
  groups.forEach((members, g) => {
    sortKeys.set(incidents[g]!.id, incidentSortKey(incidents[g]!, memberOf(nodes[members[0]!]!)));
    for (const i of members) byKey.set(memberOf(nodes[i]!), incidents[g]!.id);
  });
  const order = [...incidents].sort((a, b) => compare(sortKeys.get(a.id)!, sortKeys.get(b.id)!));
  return {
    incidents: order,
    idOf: (document, key) => {
      const k = `${document}\u0000${key}`;
      return byKey.get(folded.get(k) ?? k) ?? null;
    },
    sortKeys,
    ...(options.graph ? { graph: linkGraph(nodes, pairs, options.together, folded) } : {}),
  };
}

/**
 * Main events first, so a recalled mention never takes a report's place in its own event's cluster; then the
 * recalled incidents join them or each other. `nodes` in canonical order (`buildNodes`), `pairs` as
 * `candidatePairs` gives them (ascending by first node, then second).
 */
function clusterNodes(
  nodes: readonly { readonly main: boolean; readonly days: readonly [number, number] | null }[],
  pairs: readonly ScoredPair[],
  cannot: (x: readonly number[], y: readonly number[]) => boolean,
  initial: readonly (readonly number[])[] | undefined,
): number[][] {
  const mains = clusterPairs(
    nodes.length,
    pairs.filter((p) => nodes[p.a]!.main && nodes[p.b]!.main),
    { threshold: LINK.threshold, cannotLink: cannot, initial, unscored: LINK.unscored },
  );
  // Two clusters of main events the first pass left apart join on the scored pairs only with more than the
  // threshold: pairs never scored were counted against them there, and chains of a few weak pairs through recalled
  // mentions (a party shooting recalled in one report, a shooting at another party in the next) otherwise join
  // unrelated events months and years apart. So do two clusters with a dated member each farther apart than any key
  // but a victim's reaches (`PAIR_WINDOW_DAYS`): that pair was never compared, so they met through undated mentions
  // or a chain of others, and an event recalled in the same words by reports years apart is not one event.
  const holdsMain = (x: readonly number[]) => x.some((i) => nodes[i]!.main);
  /** The earliest end and the latest start of a cluster's dated members. */
  const ends = (x: readonly number[]): [number, number] => {
    let [firstEnd, lastStart] = [Infinity, -Infinity];
    for (const i of x) {
      const days = nodes[i]!.days;
      if (days === null) continue;
      firstEnd = Math.min(firstEnd, days[1]);
      lastStart = Math.max(lastStart, days[0]);
    }
    return [firstEnd, lastStart];
  };
  const farApart = (x: readonly number[], y: readonly number[]) => {
    const [ex, ey] = [ends(x), ends(y)];
    return Math.max(ey[1] - ex[0], ex[1] - ey[0]) > PAIR_WINDOW_DAYS;
  };
  return clusterPairs(nodes.length, pairs, {
    threshold: LINK.threshold,
    cannotLink: cannot,
    initial: mains,
    stricter: {
      threshold: LINK.mainsJoin,
      applies: (x, y) => (holdsMain(x) && holdsMain(y)) || farApart(x, y),
    },
  });
}

/** A local incident as linking from stored scores needs it (`linkScored`). */
export interface ScoredMember {
  /** `documentId \u0000 localKey`. */
  readonly member: string;
  readonly main: boolean;
  /** Its time as a range of days (`nodeDays`), as its node row keeps it. */
  readonly days: readonly [number, number] | null;
}

/**
 * The incidents of some local incidents linked alone (as `linkIncidents` with `within` set to them, and no pair
 * asked to start together), from their scored pairs rather than their reports: every pair `candidatePairs` scores
 * between them, with its score, and no other. Answers each member's incident as its first member. A store keeps
 * every scored pair (`link_scores`), so its refresh can link the stored incidents across a region's edge without
 * reading their reports (src/store/incremental-view.ts).
 */
export function linkScored(
  members: readonly ScoredMember[],
  pairs: Iterable<{ readonly a: string; readonly b: string; readonly score: number }>,
): Map<string, string> {
  // The canonical order: by document, then local key (a member's separator sorts before every other character).
  const nodes = [...members]
    .sort((x, y) => compare(x.member, y.member))
    .map((n) => ({ ...n, doc: n.member.slice(0, n.member.indexOf('\u0000')) }));
  const index = new Map(nodes.map((n, i) => [n.member, i]));
  const scored: ScoredPair[] = [];
  for (const p of pairs) {
    const [x, y] = [index.get(p.a), index.get(p.b)];
    if (x === undefined || y === undefined || x === y) continue;
    scored.push(x < y ? { a: x, b: y, score: p.score } : { a: y, b: x, score: p.score });
  }
  // In the order candidatePairs scores them: their sums are added in that order, as there.
  scored.sort((p, q) => p.a - q.a || p.b - q.b);
  const out = new Map<string, string>();
  const cannot = (x: readonly number[], y: readonly number[]) => cannotLink(nodes, x, y);
  for (const group of clusterNodes(nodes, scored, cannot, undefined))
    for (const i of group) out.set(nodes[i]!.member, nodes[group[0]!]!.member);
  return out;
}

function memberOf(n: Node): string {
  return `${n.doc}\u0000${n.local.key}`;
}

function linkGraph(
  nodes: readonly Node[],
  pairs: readonly ScoredPair[],
  together: readonly (readonly [string, string])[] | undefined,
  folded: ReadonlyMap<string, string>,
): LinkGraph {
  const strong = pairs
    .filter((p) => p.score >= LINK.threshold)
    .map((p) => ({ a: memberOf(nodes[p.a]!), b: memberOf(nodes[p.b]!), score: p.score }));
  for (const [a, b] of together ?? [])
    strong.push({ a: folded.get(a) ?? a, b: folded.get(b) ?? b, score: Number.POSITIVE_INFINITY });
  const scored = {
    *[Symbol.iterator]() {
      for (const p of pairs) yield { a: memberOf(nodes[p.a]!), b: memberOf(nodes[p.b]!), score: p.score };
    },
  };
  return { nodes: nodes.map(graphNode), strong, scored };
}

export function graphNode(n: Node): GraphNode {
  return {
    member: memberOf(n),
    document: n.doc,
    keys: n.blocking,
    days: n.days,
    main: n.main,
    toldOn: n.toldOn,
  };
}

/**
 * The nodes of some reports (`buildNodes`) and the scored pairs between them of which at least one node is `fresh`:
 * what a store scores when reports arrive, against the reports its key index names as candidates. The pairs are
 * those `linkIncidents` scores over a batch holding them all, since whether two nodes are compared depends on the
 * pair alone (`keyReaches`).
 */
export function pairsWithFresh(
  extractions: readonly DocumentExtraction[],
  fresh: ReadonlySet<string>,
): { nodes: readonly Node[]; pairs: readonly { a: string; b: string; score: number }[] } {
  const { nodes } = buildNodes(extractions);
  const isFresh = nodes.map((n) => fresh.has(n.doc));
  const pairs = candidatePairs(nodes, (a, b) => isFresh[a]! || isFresh[b]!, true);
  return {
    nodes,
    pairs: pairs.map((p) => ({ a: memberOf(nodes[p.a]!), b: memberOf(nodes[p.b]!), score: p.score })),
  };
}

/** The nodes of some reports (with their folded local keys): for a store's key index. */
export function linkNodes(extractions: readonly DocumentExtraction[]): {
  nodes: readonly GraphNode[];
  folded: ReadonlyMap<string, string>;
} {
  const { nodes, folded } = buildNodes(extractions);
  return { nodes: nodes.map(graphNode), folded };
}

/** The pairs asked to start together, as a partition of the nodes (undefined when there are none). */
function togetherGroups(
  nodes: readonly Node[],
  folded: ReadonlyMap<string, string>,
  together: readonly (readonly [string, string])[] | undefined,
  inside?: readonly boolean[],
): number[][] | undefined {
  if (!together?.length) return undefined;
  const index = new Map(nodes.map((n, i) => [`${n.doc}\u0000${n.local.key}`, i]));
  const at = (k: string) => index.get(folded.get(k) ?? k);
  const parent = nodes.map((_, i) => i);
  const docs = nodes.map((n) => new Set([n.doc]));
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [a, b] of together) {
    const [x, y] = [at(a), at(b)];
    if (x === undefined || y === undefined || (inside !== undefined && inside[x] !== inside[y])) continue;
    const [rx, ry] = [root(x), root(y)];
    // Never two incidents of one document, here as in the clustering.
    if (rx === ry || [...docs[ry]!].some((d) => docs[rx]!.has(d))) continue;
    const [keep, gone] = rx < ry ? [rx, ry] : [ry, rx];
    parent[gone] = keep;
    for (const d of docs[gone]!) docs[keep]!.add(d);
  }
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => push(groups, root(i), i));
  return [...groups.values()];
}

/** The nodes and their scored candidate pairs, for calibration (`docs/linking.md`) and "why were these joined?". */
export function linkDiagnostics(extractions: readonly DocumentExtraction[]): {
  nodes: readonly Node[];
  pairs: readonly ScoredPair[];
} {
  const { nodes } = buildNodes(extractions);
  return { nodes, pairs: candidatePairs(nodes) };
}

/** Every local incident as a node, in canonical order (document id, then local key), with its words weighed. */
function buildNodes(extractions: readonly DocumentExtraction[]): {
  nodes: Node[];
  folded: Map<string, string>;
} {
  // Vectors are compared within one run only, so the vocabulary may start afresh between runs.
  renewFullVocabulary();
  const folded = new Map<string, string>();
  const docIndex = new Map(extractions.map((e, i) => [e.document.id, i]));
  const sorted = [...extractions].sort((a, b) => compare(a.document.id, b.document.id));
  const nodes: Node[] = [];
  for (const e of sorted) {
    const made = documentNodes(e);
    for (const [from, to] of made.folded) folded.set(from, to);
    const index = docIndex.get(e.document.id) ?? 0;
    for (const n of made.nodes) nodes.push({ ...n, docIndex: index });
  }
  return { nodes, folded };
}

// A report's nodes depend on the report alone (its place in a batch aside), so they are made once per extraction
// object: the store's refresh hands the same object to candidate scoring and to reconciling the region.
const madeNodes = new WeakMap<DocumentExtraction, DocumentNodes>();

interface DocumentNodes {
  readonly nodes: readonly Omit<Node, 'docIndex'>[];
  readonly folded: readonly (readonly [string, string])[];
  /** The vocabulary its vectors are packed in (`vocabularyGeneration`): nodes of an older one are made again. */
  readonly vocabulary: number;
}

function documentNodes(e: DocumentExtraction): DocumentNodes {
  const known = madeNodes.get(e);
  if (known && known.vocabulary === vocabularyGeneration()) return known;
  const { kept, into } = foldIntoMain(e.incidents);
  const folded = [...into].map(
    ([from, to]) => [`${e.document.id}\u0000${from}`, `${e.document.id}\u0000${to}`] as const,
  );
  const victims = victimsByIncident(e, into);
  const numbers = numbersByIncident(e, into);
  const text = e.document.text;
  const lower = text.toLowerCase();
  const naming = namingSentences(text);
  const nodes: Omit<Node, 'docIndex'>[] = [];
  for (const local of [...kept].sort((a, b) => compare(a.key, b.key))) {
    // A label made up from the date and place (`Main incident of … in …`) is no name: it would make any two
    // unnamed events alike. Their date and place are compared on their own.
    const names = [...(isUnnamedLabel(local.label) ? [] : [local.label]), ...local.aliases];
    // A body with no figures, no place of its own and no date but the page's that reads as no report of harm (a sign-in wall,
    // a paywall notice) tells nothing of the event: its headline alone speaks for it.
    const spans =
      local.main && headlineOnly(e.document.title) !== '' && emptyBody(e) ? [] : spansOf(local, text);
    // The headline tells the main event: a page whose body is a sign-in wall or a photo caption still links by it.
    const headline = local.main ? headlineOnly(e.document.title) : '';
    const counts = addCounts(termCounts(text, spans), termCounts(headline, [[0, headline.length]]));
    const proper = addCounts(
      nameCounts(text, spans),
      titleCase(headline) ? new Map() : nameCounts(` ${headline}`, [[0, headline.length + 1]]),
    );
    const vector = tfidf(counts);
    const properNames = tfidf(proper);
    const words = addCounts(counts, proper);
    const rare = rareTerms(words, RARE_KEYS);
    // A name counts once among its words and once among its names: a rare name, or a rare word said twice.
    const repeated = rare.filter((t) => words.get(t)! >= 2);
    const terms = [...new Set([...topTerms(vector, TERM_KEYS), ...topTerms(properNames, TERM_KEYS)])].filter(
      (t) => !/^\d/.test(t) && !rare.includes(t),
    );
    const told = protagonists(text, spans);
    const node = {
      doc: e.document.id,
      local,
      main: local.main,
      background: local.background === true,
      date: local.date,
      place: local.place,
      names,
      keys: names.map(nameKeys),
      people: victims.get(local.key) ?? new Set(),
      numbers: numbers.get(local.key) ?? new Set(),
      text: lower,
      days: nodeDays(local.date, e.document.published, local.main),
      toldOn: publishedDay(e.document.published),
      vector: packVector(vector),
      properNames: packVector(properNames),
      terms,
      rare,
      repeated,
      protagonists: told,
      recalledNames: recalledOnly(text, told[0], naming),
      magnitudes: [...new Set([...magnitudes(text, spans), ...magnitudes(headline, [[0, headline.length]])])],
      serial: serials++,
      scores: new Map<number, number | null>(),
    };
    nodes.push({ ...node, blocking: blockingKeys(node) });
  }
  const made = { nodes, folded, vocabulary: vocabularyGeneration() };
  madeNodes.set(e, made);
  return made;
}

function emptyBody(e: DocumentExtraction): boolean {
  const main = e.incidents.find((l) => l.main);
  return (
    e.claims.length === 0 &&
    e.assessment?.about.harm === false &&
    (main === undefined ||
      ((main.place === null || !e.document.text.includes(main.place)) &&
        (main.date === null || main.date === e.document.published?.slice(0, 10))))
  );
}

/** `Gunman Kills Two At Warehouse`: every word capitalized, so capitals tell no names. */
function titleCase(headline: string): boolean {
  const words = headline.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** Its sentences; an extraction stored before spans were kept gives its label and names only. */
function spansOf(local: LocalIncident, text: string): readonly (readonly [number, number])[] {
  if (local.spans) return local.spans;
  return local.main ? [[0, text.length]] : [];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Blocking keys of a node: what an index (in memory here, in the store's tables later) serves candidates by. */
export function blockingKeys(
  n: LinkNode & {
    readonly terms: readonly string[];
    readonly rare: readonly string[];
    readonly repeated: readonly string[];
  },
): string[] {
  if (n.background) return [];
  const keys = new Set<string>();
  for (const k of n.keys.flat()) keys.add(KIND_WORDS.has(k) ? `g:${k}` : `n:${k}`);
  if (n.date !== null && n.date.length >= 10) keys.add(`d:${n.date.slice(0, 10)}`);
  if (n.place !== null) for (const w of nameWords(n.place)) if (w.length > 2) keys.add(`p:${w}`);
  for (const p of n.people) keys.add(`v:${p}`);
  for (const t of n.terms) keys.add(`t:${t}`);
  for (const t of n.rare) keys.add(`r:${t}`);
  for (const k of rarePairs(n.repeated)) keys.add(k);
  return [...keys];
}

/**
 * Skeletons of the words of an event's name that tell its kind or its kind of place (`shooting`, `church`, `mall`:
 * the extraction's event nouns and facilities): keyed `g:`, they reach as a heavy word does when either incident is
 * undated, since every recalled `church shooting` of every year shares them. A name's other words stay `n:`.
 */
const KIND_WORDS: ReadonlySet<string> = new Set(
  [...incidentWords.eventNouns, ...incidentWords.facilities]
    .flatMap((w) => w.split(/[^a-z]+/))
    .filter((w) => w.length > 0)
    .map(skeleton),
);

/** `tenn.` → `tenn`, `kltv.com` → `kltv`: one word written two ways is not two words. */
const stem = (w: string) => w.replace(/\.[\p{L}.]*$/u, '');

/**
 * `q:` keys: every pair of the first `RARE_PAIR_WORDS` of an incident's rare names and rare words said twice (most
 * repeated first), each pair in alphabetical order. One rare word may be rare only in subtitles (`twitter`,
 * `fatally`) and tie every report of a year; two that two reports both name (a surname and a village) are one
 * event's, and reach further (`PAIR_WINDOW_DAYS`). A lowercase word said once is an aside.
 */
export function rarePairs(repeated: readonly string[]): string[] {
  const top: string[] = [];
  for (const w of repeated) {
    if (top.some((t) => stem(t) === stem(w))) continue;
    top.push(w);
    if (top.length === RARE_PAIR_WORDS) break;
  }
  const out: string[] = [];
  for (let i = 0; i < top.length; i++)
    for (let j = i + 1; j < top.length; j++) {
      const [x, y] = top[i]! < top[j]! ? [top[i]!, top[j]!] : [top[j]!, top[i]!];
      out.push(`q:${x}|${y}`);
    }
  return out;
}

/** Days a day key reaches: the slack two dates of one event may differ by. */
function nearbyDays(key: string): string[] {
  const t = Date.parse(`${key.slice(2)}T00:00:00Z`);
  return [-2, -1, 0, 1, 2].map((d) => `d:${new Date(t + d * 86_400_000).toISOString().slice(0, 10)}`);
}

/**
 * Days apart that two dated incidents sharing only a place word or a heavy word (`p:`, `t:` keys) may be and still
 * be compared. Days (`d:`) reach ±2, a name word or a rare word (`n:`, `g:`, `r:`) `RARE_WINDOW_DAYS`, a pair of
 * repeated rare words (`q:`) `PAIR_WINDOW_DAYS`, a victim (`v:`) any distance. Whether a pair is compared depends on the pair
 * alone, never on what else the batch holds, so a store finds the same pairs through its key index; and no key
 * but a victim's reaches across the whole store, so a report's candidates grow with the reports of its years, not
 * with the store (docs/linking.md, "Blocking keys").
 */
export const KEY_WINDOW_DAYS = 30;
/**
 * Days apart two dated incidents sharing one name word or one rare word (`n:`, `r:`) may be: a year. A word rare
 * in subtitles but common in news (`twitter`, `fatally`) or a name word every such event has (`shooting`, `school`)
 * then ties a report to the reports of its year, not of every year.
 */
export const RARE_WINDOW_DAYS = 365;
/** Days apart two dated incidents sharing a pair of repeated rare words (`q:`) may be: five years. */
export const PAIR_WINDOW_DAYS = 5 * 365;

/** How many days apart two dated nodes sharing a key of this kind may be; undefined: any distance. */
export function keyWindow(kind: string): number | undefined {
  if (kind === 'p' || kind === 't') return KEY_WINDOW_DAYS;
  if (kind === 'n' || kind === 'g' || kind === 'r') return RARE_WINDOW_DAYS;
  if (kind === 'q') return PAIR_WINDOW_DAYS;
  return undefined;
}

/** A node's time as a range of days (its event date's period; an undated main event: its report's day), or null. */
export function nodeDays(
  date: string | null,
  published: string | null,
  main: boolean,
): [number, number] | null {
  const at = date ?? (main && published !== null && published.length >= 10 ? published.slice(0, 10) : null);
  if (at === null || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(at)) return null;
  if (at.length >= 10) return [day(at.slice(0, 10)), day(at.slice(0, 10))];
  if (at.length >= 7) {
    const [y, m] = [Number(at.slice(0, 4)), Number(at.slice(5, 7))];
    return [day(at.slice(0, 7) + '-01'), Math.floor(Date.UTC(y, m, 0) / 86_400_000)];
  }
  return [day(`${at.slice(0, 4)}-01-01`), day(`${at.slice(0, 4)}-12-31`)];
}

/** Days since 1970 of a `YYYY-MM-DD` day (NaN when it is no day). */
const day = (s: string) => Math.floor(Date.parse(`${s}T00:00:00Z`) / 86_400_000);

/** A report's publication day (`day`), or null when it has none. */
export function publishedDay(published: string | null): number | null {
  if (published === null || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const d = day(published.slice(0, 10));
  return Number.isNaN(d) ? null : d;
}

/**
 * What decides how far a key reaches: a node's time (`nodeDays`), whether it is its report's main event, and its
 * report's publication day (`publishedDay`).
 */
export interface KeyTime {
  readonly days: readonly [number, number] | null;
  readonly main: boolean;
  readonly toldOn: number | null;
}

/**
 * Days apart two reports may be published and still compare an undated recalled incident of one with an incident of
 * the other by a key with a window: five years (`PAIR_WINDOW_DAYS`). An event recalled without a date is told of
 * before its report; reports years apart that recall one event meet through the reports between them (the
 * clustering's second pass counts pairs never scored as unknown), not each with all.
 */
export const TOLD_WINDOW_DAYS = PAIR_WINDOW_DAYS;

/**
 * Whether two nodes sharing a key of this kind are compared: when both are dated, within the kind's window
 * (`keyWindow`). When either has no time at all (a report with no date of any kind, an undated recalled mention):
 * a place word never, a heavy word or a name's kind word (`g:`) between two main events, a name word, a rare word
 * or a pair of them between two main events or two recalled ones (a recalled incident meets a main event only when both are dated: `pairFeatures`
 * would not score them), and then only between reports published within `TOLD_WINDOW_DAYS` of each other when both
 * have a day. Victims and days reach as their keys say.
 */
export function keyReaches(kind: string, a: KeyTime, b: KeyTime): boolean {
  const window = keyWindow(kind);
  if (window === undefined) return true;
  if (a.days === null || b.days === null) {
    const reaches =
      kind === 'p' ? false : kind === 't' || kind === 'g' ? a.main && b.main : a.main === b.main;
    return (
      reaches && (a.toldOn === null || b.toldOn === null || Math.abs(a.toldOn - b.toldOn) <= TOLD_WINDOW_DAYS)
    );
  }
  return Math.max(a.days[0], b.days[0]) - Math.min(a.days[1], b.days[1]) <= window;
}

function candidatePairs(
  nodes: readonly Node[],
  wanted: (a: number, b: number) => boolean = () => true,
  remember = false,
): ScoredPair[] {
  const index = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const k of n.blocking) push(index, k, i);
  });
  // Every pair a key proposes, as one number (x·n + y, x < y), in a typed array: deduplicated by sorting once, so
  // memory is 8 bytes per proposal rather than a Set entry and a boxed number for each (at 100k reports the Set of
  // ~10^8 proposals held gigabytes and its GC was most of the time).
  const proposed = new PairBuffer();
  const n = nodes.length;
  const add = (a: number, b: number) => {
    if (a !== b) proposed.push(a < b ? a * n + b : b * n + a);
  };
  for (const [key, list] of index) {
    if (key.startsWith('d:')) {
      for (const near of nearbyDays(key)) {
        if (near < key) continue;
        const other = near === key ? list : index.get(near);
        if (other) for (const i of list) for (const j of other) add(i, j);
      }
    } else if (keyWindow(key[0]!) !== undefined) {
      // Swept in order of their first day, so a long list costs its pairs within the window, not its square.
      const kind = key[0]!;
      const window = keyWindow(kind)!;
      const undated = list.filter((i) => nodes[i]!.days === null);
      const dated = list
        .filter((i) => nodes[i]!.days !== null)
        .sort((p, q) => nodes[p]!.days![0] - nodes[q]!.days![0]);
      dated.forEach((i, k) => {
        const end = nodes[i]!.days![1] + window;
        for (let m = k + 1; m < dated.length && nodes[dated[m]!]!.days![0] <= end; m++) add(i, dated[m]!);
      });
      // An undated node meets the nodes of its kind (main or recalled) that `keyReaches` lets it, looked up by kind.
      if (undated.length === 0 || kind === 'p') continue;
      const byKind = [list.filter((i) => !nodes[i]!.main), list.filter((i) => nodes[i]!.main)] as const;
      for (const j of undated) {
        if ((kind === 't' || kind === 'g') && !nodes[j]!.main) continue;
        for (const i of byKind[nodes[j]!.main ? 1 : 0]) if (keyReaches(kind, nodes[i]!, nodes[j]!)) add(i, j);
      }
    } else
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) add(list[x]!, list[y]!);
  }
  const ids = proposed.sorted();
  const pairs: ScoredPair[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const x = Math.floor(id / n);
    const y = id - x * n;
    if (!wanted(x, y)) continue;
    const score = remember ? rememberedScore(nodes[x]!, nodes[y]!) : pairScore(nodes[x]!, nodes[y]!);
    if (score !== null) pairs.push({ a: x, b: y, score });
  }
  return pairs;
}

/** Scores one node keeps (`LinkOptions.remember`); then it starts afresh. */
const SCORES_PER_NODE = 4096;
let serials = 0;

function rememberedScore(a: Node, b: Node): number | null {
  const known = a.scores.get(b.serial);
  if (known !== undefined) return known;
  const score = pairScore(a, b);
  if (a.scores.size >= SCORES_PER_NODE) a.scores.clear();
  a.scores.set(b.serial, score);
  return score;
}

/** A growing array of float64 pair ids (exact below 2^53: n² stays below it for n < 9·10^7 nodes). */
class PairBuffer {
  private items = new Float64Array(1024);
  private length = 0;

  push(id: number): void {
    if (this.length === this.items.length) {
      // Full: drop the repeats first (a pair sharing several keys is proposed by each), grow only if that is not
      // enough, so memory follows the distinct pairs.
      this.length = this.unique();
      if (this.length > this.items.length / 2) {
        const grown = new Float64Array(this.items.length * 2);
        grown.set(this.items.subarray(0, this.length));
        this.items = grown;
      }
    }
    this.items[this.length++] = id;
  }

  /** The distinct ids in ascending order (a view of the buffer, which is not pushed to again). */
  sorted(): Float64Array {
    return this.items.subarray(0, this.unique());
  }

  /** Sorts the ids and moves each distinct one to the front; answers how many there are. */
  private unique(): number {
    const ids = this.items.subarray(0, this.length).sort();
    let out = 0;
    for (let k = 0; k < ids.length; k++) if (out === 0 || ids[out - 1] !== ids[k]) ids[out++] = ids[k]!;
    return out;
  }
}

/** Never two incidents of one document. */
function cannotLink(
  nodes: readonly { readonly doc: string }[],
  left: readonly number[],
  right: readonly number[],
): boolean {
  const docs = new Set(left.map((i) => nodes[i]!.doc));
  return right.some((j) => docs.has(nodes[j]!.doc));
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

/**
 * Counts of two or more its claims state, with their outcome (`80 wounded`): "80 injured" in two reports is
 * evidence, "one" is not, and neither is one report's 12 dead beside another's 12 rescued.
 */
function numbersByIncident(
  e: DocumentExtraction,
  into: ReadonlyMap<string, string>,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of e.claims) {
    const v = c.value.low ?? c.value.high;
    if (c.incident === null || v === null || v < 2) continue;
    const key = into.get(c.incident) ?? c.incident;
    const set = out.get(key) ?? new Set<string>();
    set.add(`${v} ${c.outcome}`);
    out.set(key, set);
  }
  return out;
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
  const background = members.every((m) => m.local.background) ? members[0]!.local.backgroundWhy : undefined;
  return {
    label,
    date: mostPreciseDate(members.map((m) => m.local.date)),
    place: centralPlace(members.map((m) => m.local.place).filter((p): p is string => p !== null)),
    aliases: [...names.values()],
    documents: [...new Set([...members].sort((a, b) => a.docIndex - b.docIndex).map((m) => m.doc))],
    main,
    ...(background ? { background } : {}),
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
