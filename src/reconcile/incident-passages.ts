// The parts of each report that tell one incident: the sentences extraction told it in (`LocalIncident.spans` of the
// report's incidents that linking put in it). Extractions stored before spans were kept fall back on the sentences
// of its claims, the sentences that name it (its label or an alias: `the Jaffar Express`), and, where the report
// is mainly about it, the opening paragraph.
// Everything else is blanked with spaces (long blank stretches shortened; `reportOffset` maps an offset of the
// passage back to the report), so a place or an actor found there keeps its evidence span, and a recalled attack's
// town (`the Ziarat residency in 2013`) never locates today's incident.
import type { Claim } from '../model/claim.js';
import type { Incident } from '../model/analysis.js';
import type { SourceDocument } from '../model/document.js';
import { groupBy } from './tally.js';
import { isUnnamedLabel, type DocumentExtraction, type LocalIncident } from '../model/extraction.js';
import { blankOutside, type BlankedText } from './blank-outside.js';

/** One report's part in an incident: its text blanked outside the incident's sentences (see blank-outside.ts). */
export interface Passage extends BlankedText {
  readonly id: string;
}

const OPENING_CHARS = 700;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/u.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/u.test(text[to] ?? '')) to++;
  return [from, Math.min(text.length, to + 1)];
}

// Each report's text in lower case, made once per report (not once per incident it is in), gone with the report.
const lowered = new WeakMap<SourceDocument, string>();

function lowerOf(document: SourceDocument): string {
  let lower = lowered.get(document);
  if (lower === undefined) lowered.set(document, (lower = document.text.toLowerCase()));
  return lower;
}

function nameRanges(document: SourceDocument, names: readonly string[]): [number, number][] {
  const { text } = document;
  const lower = lowerOf(document);
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

export function incidentPassages(
  incident: Incident,
  extractions: readonly DocumentExtraction[],
  claims: readonly Claim[],
): Passage[] {
  const names = [incident.label, ...incident.aliases].filter((n) => !isUnnamedLabel(n));
  const claimIds = new Set(claims.map((c) => c.id));
  const documents = new Set(incident.documents);
  const lowerNames = new Set([incident.label, ...incident.aliases].map((n) => n.toLowerCase()));
  // The incident's claims by report, made on first need (only extractions stored without spans need them).
  let byDocument: Map<string, Claim[]> | null = null;
  const claimsIn = (id: string) => {
    byDocument ??= groupBy(claims, (c) => c.document);
    return byDocument.get(id) ?? [];
  };
  return extractions
    .filter((e) => documents.has(e.document.id))
    .map((e) => {
      const { text, id } = e.document;
      const members = localMembers(e, lowerNames, claimIds);
      const ranges =
        members.length > 0 && members.every((l) => l.spans)
          ? members.flatMap((l) => (l.spans ?? []).map(([a, b]): [number, number] => [a, b]))
          : recomputedRanges(e, incident, claimsIn(id), names);
      return { id, ...blankOutside(text, ranges) };
    });
}

/**
 * The report's own incidents that linking put in this one: those whose claims it holds, and (for an incident
 * without claims in the report) those it names the same. Round-ups never join another incident.
 */
function localMembers(
  e: DocumentExtraction,
  names: ReadonlySet<string>,
  claimIds: ReadonlySet<string>,
): LocalIncident[] {
  const keys = new Set(
    e.claims.filter((c) => c.incident !== null && claimIds.has(c.id)).map((c) => c.incident!),
  );
  return e.incidents.filter(
    (l) =>
      keys.has(l.key) || (!l.background && [l.label, ...l.aliases].some((n) => names.has(n.toLowerCase()))),
  );
}

/**
 * For extractions stored before spans were kept: claim sentences, sentences naming it, the opening if main.
 * `claims`: the incident's claims in this report.
 */
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
  ranges.push(...nameRanges(e.document, names));
  if (incident.main && e.incidents.some((i) => i.main)) ranges.push(openingRange(text));
  return ranges;
}
