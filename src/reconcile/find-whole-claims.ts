// "All hostages were rescued" has no digit, yet it bounds every count of the rescued: it says the
// rescued are everyone who was held. Extraction anchors on numbers and may not see it, so this stage
// reads such whole-group statements from the document text and makes them claims (value `all`, no count),
// attributed to the claimant named in the same sentence, or to the claimant of a figure in it.
// Accepts:  "Pakistan’s military said all hostages were rescued"; "and all hostages had been rescued";
//           "the remaining passengers were freed".
// Rejects:  "all hostages will be executed" (a threat, not an account); "all 33 insurgents" (a count,
//           extraction's); "not all passengers were rescued".
import type { Claim, Claimant } from '../model/claim.js';
import type { ClaimantMention, DocumentExtraction } from '../model/extraction.js';
import type { Group, Outcome } from '../model/vocabulary.js';

const WHOLE =
  /\b(all(?: the)?(?: remaining)?|the remaining)\s+(hostages|passengers|captives)\s+(?:were|had been|have been)\s+(rescued|freed|recovered|released|killed|executed)\b/gi;
const OUTCOME: Record<string, Outcome> = {
  rescued: 'rescued',
  freed: 'rescued',
  recovered: 'rescued',
  released: 'released',
  killed: 'killed',
  executed: 'executed',
};
const GROUP: Record<string, Group> = { hostages: 'hostages', passengers: 'passengers', captives: 'hostages' };

export function findWholeClaims(e: DocumentExtraction): Claim[] {
  const { document, claims, claimants } = e;
  const text = document.text;
  const main = e.incidents.find((i) => i.main)?.key ?? null;
  const found: Claim[] = [];
  for (const m of text.matchAll(WHOLE)) {
    const at = m.index;
    const marker = m[1]!;
    if (/\bnot\s+$/i.test(text.slice(Math.max(0, at - 5), at))) continue;
    if (claims.some((c) => c.evidence.numberStart < at + marker.length && c.evidence.numberEnd > at))
      continue;
    const [start, end] = sentenceAround(text, at);
    const mates = claims.filter((c) => c.evidence.numberStart >= start && c.evidence.numberEnd <= end);
    // Extraction already weighed the attribution of the figures beside it; a bare mention comes second.
    const named = mates.length > 0 ? null : nearestBefore(claimants, start, at);
    const claimant: Claimant | null =
      mates[0]?.claimant ?? (named ? { id: named.id, name: named.name, kind: named.kind } : null);
    if (claimant === null) continue;
    found.push({
      id: `${document.id}:all:${at}`,
      document: document.id,
      incident: mates[0]?.incident ?? main,
      outcome: OUTCOME[m[3]!.toLowerCase()]!,
      group: GROUP[m[2]!.toLowerCase()]!,
      value: { low: null, high: null, qualifier: 'exact', text: marker },
      claimant,
      stated: mates[0]?.stated ?? null,
      hedged: false,
      evidence: { start, end, text: text.slice(start, end), numberStart: at, numberEnd: at + marker.length },
      provenance: {
        claimant: named || mates[0]?.provenance.claimant === 'stated' ? 'stated' : 'inferred',
        claimantText: named?.text ?? mates[0]?.provenance.claimantText ?? null,
        outcome: 'stated',
        group: 'stated',
        trace: [
          `find-whole-claims: "${m[0]}" bounds every count of the ${GROUP[m[2]!.toLowerCase()]} ${OUTCOME[m[3]!.toLowerCase()]}`,
        ],
      },
    });
  }
  return found;
}

function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  const rest = text.slice(at).search(/[.!?](\s|$)|\n/);
  return [start, rest < 0 ? text.length : at + rest + 1];
}

/** The claimant named last before the statement within its sentence ("ISPR … stating … all hostages"). */
function nearestBefore(
  mentions: readonly ClaimantMention[],
  start: number,
  at: number,
): ClaimantMention | null {
  let best: ClaimantMention | null = null;
  for (const m of mentions) {
    if (m.kind === 'unknown' || m.kind === 'author') continue;
    if (m.start >= start && m.start < at && (best === null || m.start > best.start)) best = m;
  }
  return best;
}
