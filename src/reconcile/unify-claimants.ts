// One claimant, one id, one name everywhere. Extraction already gives ids (`pakistan-military` for "ISPR"
// and "the military's media wing"); across documents we pick one readable name and kind per id, and use
// the names one document ties to an id ("Jeeyand Baloch" → `bla`) to resolve a claimant another document
// could not place (kind `unknown`).
import type { Claim, Claimant } from '../model/claim.js';
import type { DocumentExtraction } from '../model/extraction.js';
import type { ClaimantKind } from '../model/vocabulary.js';
import { mostCommon, push } from './tally.js';

export type ClaimantResolver = (claim: Claim) => Claimant;

export function unifyClaimants(extractions: readonly DocumentExtraction[]): ClaimantResolver {
  const names = new Map<string, string[]>();
  const kinds = new Map<string, ClaimantKind[]>();
  const byText = new Map<string, Set<string>>();
  const canonical = new Map<string, string[]>();
  const note = (id: string, name: string, kind: ClaimantKind) => {
    // `Pakistan’s` (from "Pakistan’s security agencies") names Pakistan: a possessive is no name.
    push(names, id, name.replace(/['’]s$/u, ''));
    push(kinds, id, kind);
  };
  for (const e of extractions) {
    for (const m of e.claimants) {
      note(m.id, m.name, m.kind);
      // A name the gazetteer puts on several different wordings ("ISPR", "Inter-Services Public Relations"
      // → "Pakistan military (ISPR)") is the claimant's canonical name.
      if (m.name !== m.text) push(canonical, m.id, `${m.name}\u0000${textKey(m.text)}`);
      const key = textKey(m.text);
      if (key) (byText.get(key) ?? byText.set(key, new Set()).get(key)!).add(m.id);
    }
    for (const c of e.claims) note(c.claimant.id, c.claimant.name, c.claimant.kind);
  }
  const unified = new Map<string, Claimant>();
  for (const [id, list] of names) {
    const kind = mostCommon((kinds.get(id) ?? []).filter((k) => k !== 'unknown')) as ClaimantKind | null;
    unified.set(id, {
      id,
      name: bodyName(id, canonicalName(canonical.get(id) ?? []) ?? preferredName(list)),
      kind: kind ?? 'unknown',
    });
  }
  return (claim) => {
    let id = claim.claimant.id;
    if (claim.claimant.kind === 'unknown' && claim.provenance.claimantText) {
      const known = byText.get(textKey(claim.provenance.claimantText));
      if (known?.size === 1) id = [...known][0]!;
    }
    return unified.get(id) ?? claim.claimant;
  };
}

/** A person named by a title (`President Barack Obama`, `Gov. Heidar Alishvandi`, `Mr Guest`). */
const PERSON =
  /^(?:(?:Prime |Interior |Foreign |Defence |Defense )?Minister|President|Secretary|Gov\.?|Governor|Mayor|Sen\.?|Senator|Rep\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Gen\.?|General|Lt\.?|Col\.?|Capt\.?|Chief|Sheriff|Commissioner)\s+\p{Lu}/u;

/**
 * A country's government, military or railways (`united-states-government`) speaks through many wordings: its
 * officials, `authorities`, its president. Named after one person, every claim of the body would read as that
 * person's ("President Barack Obama" for "Authorities announced the arrest" in another report); then it is named
 * as the body (`United States government`).
 */
function bodyName(id: string, preferred: string): string {
  const body = /^(.+)-(government|military|railways)$/u.exec(id);
  if (!body || !PERSON.test(preferred)) return preferred;
  const country = body[1]!
    .split('-')
    .map((w) => (w === 'and' || w === 'of' ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
  return `${country} ${body[2]}`;
}

function canonicalName(pairs: readonly string[]): string | null {
  const texts = new Map<string, Set<string>>();
  for (const p of pairs) {
    const [name, text] = p.split('\u0000') as [string, string];
    (texts.get(name) ?? texts.set(name, new Set()).get(name)!).add(text);
  }
  const ranked = [...texts].filter(([, t]) => t.size >= 2).sort((a, b) => b[1].size - a[1].size);
  return ranked[0]?.[0] ?? null;
}

/** The name most documents use; ties go to the shorter one (ISPR over its expansion). */
function preferredName(list: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}

function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
