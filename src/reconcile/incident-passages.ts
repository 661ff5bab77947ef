// The parts of each report that tell one incident: the sentences extraction told it in (`LocalIncident.spans` of the
// report's incidents that linking put in it). Extractions stored before spans were kept fall back on the sentences
// of its claims, the sentences that name it (its label or an alias: `the Jaffar Express`), and, where the report
// is mainly about it, the opening paragraph.
// Everything else is blanked with spaces, so offsets into the passage text are offsets into the report: a place
// or an actor found there keeps its evidence span, and a recalled attack's town (`the Ziarat residency in 2013`)
// never locates today's incident.
import type { Claim } from '../model/claim.js';
import type { Incident } from '../model/analysis.js';
import { isUnnamedLabel, type DocumentExtraction, type LocalIncident } from '../model/extraction.js';

export interface Passage {
  readonly id: string;
  /** the report's text with everything outside the incident's sentences blanked (same length, same offsets) */
  readonly text: string;
  /** the incident's sentences: sorted, disjoint, not touching; `text` is whitespace outside them */
  readonly windows: readonly (readonly [number, number])[];
}

const OPENING_CHARS = 700;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/u.test(text[to] ?? '')) to++;
  return [from, Math.min(text.length, to + 1)];
}

function nameRanges(text: string, names: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const out: [number, number][] = [];
  for (const name of names) {
    const needle = name.toLowerCase().replace(/^the /u, '');
    if (needle.length < 4) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length))
      out.push(sentenceAround(text, at, at + needle.length));
  }
  return out;
}

function openingRange(text: string): [number, number] {
  const body = text.search(/\S/u);
  const paragraph = text.indexOf('\n\n', Math.max(0, body) + 1);
  const end = paragraph < 0 ? Math.min(text.length, body + OPENING_CHARS) : paragraph;
  return [Math.max(0, body), Math.min(end, Math.max(0, body) + OPENING_CHARS)];
}

// Each report's text with every character but a newline blanked, kept for the last few texts: the incidents of one
// report come one after another, and each needs the same blank.
const blanks = new Map<string, string>();
const BLANKS_KEPT = 8;

function blankOf(text: string): string {
  let blank = blanks.get(text);
  if (blank === undefined) {
    if (blanks.size >= BLANKS_KEPT) blanks.delete(blanks.keys().next().value!);
    blank = text.replace(/[^\n]/gu, ' ');
    blanks.set(text, blank);
  }
  return blank;
}

/**
 * The text with everything outside `ranges` blanked, built from slices of the text and of its blank (a few pieces
 * per range), never character by character: one char-by-char copy per incident of a 1 MB report with 350
 * incidents made 350 M string pieces and spent 45 s of 55 in the garbage collector.
 */
function masked(text: string, ranges: readonly [number, number][]): Omit<Passage, 'id'> {
  const sorted = ranges
    .map(([a, b]): [number, number] => [Math.max(0, a), Math.min(text.length, b)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const blank = blankOf(text);
  const pieces: string[] = [];
  const windows: [number, number][] = [];
  let at = 0;
  for (const [from, to] of sorted) {
    if (to <= at) continue;
    if (from > at) pieces.push(blank.slice(at, from));
    pieces.push(text.slice(Math.max(at, from), to));
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
    at = to;
  }
  pieces.push(blank.slice(at));
  return { text: pieces.join(''), windows };
}

export function incidentPassages(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  claims: readonly Claim[],
): Passage[] {
  const names = [incident.label, ...incident.aliases].filter((n) => !isUnnamedLabel(n));
  const claimIds = new Set(claims.map((c) => c.id));
  return extractions
    .filter((e) => incident.documents.includes(e.document.id))
    .map((e) => {
      const { text, id } = e.document;
      const members = localMembers(e, incident, claimIds);
      const ranges =
        members.length > 0 && members.every((l) => l.spans)
          ? members.flatMap((l) => (l.spans ?? []).map(([a, b]): [number, number] => [a, b]))
          : recomputedRanges(e, incident, claims, names);
      return { id, ...masked(text, ranges) };
    });
}

/**
 * The report's own incidents that linking put in this one: those whose claims it holds, and (for an incident
 * without claims in the report) those it names the same. Round-ups never join another incident.
 */
function localMembers(
  e: DocumentExtraction,
  incident: Incident,
  claimIds: ReadonlySet<string>,
): LocalIncident[] {
  const keys = new Set(
    e.claims.filter((c) => c.incident !== null && claimIds.has(c.id)).map((c) => c.incident!),
  );
  const names = new Set([incident.label, ...incident.aliases].map((n) => n.toLowerCase()));
  return e.incidents.filter(
    (l) =>
      keys.has(l.key) || (!l.background && [l.label, ...l.aliases].some((n) => names.has(n.toLowerCase()))),
  );
}

/** For extractions stored before spans were kept: claim sentences, sentences naming it, the opening if main. */
function recomputedRanges(
  e: DocumentExtraction,
  incident: Incident,
  claims: readonly Claim[],
  names: readonly string[],
): [number, number][] {
  const { text, id } = e.document;
  const ranges = claims
    .filter((c) => c.document === id && c.incident === incident.id)
    .map((c): [number, number] => [c.evidence.start, c.evidence.end]);
  ranges.push(...nameRanges(text, names));
  if (incident.main && e.incidents.some((i) => i.main)) ranges.push(openingRange(text));
  return ranges;
}
