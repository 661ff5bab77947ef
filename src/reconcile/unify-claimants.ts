// One claimant, one id, one name everywhere. Extraction already gives ids (`pakistan-military` for "ISPR"
// and "the military's media wing"); across documents we pick one readable name and kind per id, and use
// the names one document ties to an id ("Jeeyand Baloch" → `bla`) to resolve a claimant another document
// could not place (kind `unknown`).
import type { Claim, Claimant } from '../model/claim.js';
import type { DocumentExtraction } from '../model/extraction.js';
import type { ClaimantKind } from '../model/vocabulary.js';
import { mostCounted } from './tally.js';

export type ClaimantResolver = (claim: Claim) => Claimant;

export function unifyClaimants(extractions: readonly DocumentExtraction[]): ClaimantResolver {
  return resolverFrom(sumNotes(extractions.map((e, d) => claimantNotes(e, d * 1_000_000))));
}

/**
 * What one report tells of its claimants, summed per claimant id and value: the names and kinds it gives each id
 * (`n`, `k`), the gazetteer's canonical names with each wording (`c`: name NUL wording), and the wordings that
 * place an id (`t`). `first` is the report's order plus the note's place in it: ties go to what came first.
 * Summed over reports (`sumNotes`) they decide every claimant as `unifyClaimants` does over the reports
 * themselves; a store keeps the sums and updates them as reports come and go.
 */
export interface ClaimantNote {
  readonly what: 'n' | 'k' | 'c' | 't';
  readonly id: string;
  readonly value: string;
  readonly count: number;
  readonly first: number;
}

export function claimantNotes(e: DocumentExtraction, order: number): ClaimantNote[] {
  const notes = new Map<
    string,
    { what: ClaimantNote['what']; id: string; value: string; count: number; first: number }
  >();
  let at = order;
  const add = (what: ClaimantNote['what'], id: string, value: string) => {
    const key = `${what}\u0000${id}\u0000${value}`;
    const seen = notes.get(key);
    if (seen) seen.count++;
    else notes.set(key, { what, id, value, count: 1, first: at });
    at++;
  };
  const note = (id: string, name: string, kind: ClaimantKind) => {
    // `Pakistan’s` (from "Pakistan’s security agencies") names Pakistan: a possessive is no name.
    add('n', id, name.replace(/['’]s$/u, ''));
    add('k', id, kind);
  };
  for (const m of e.claimants) {
    note(m.id, m.name, m.kind);
    // A name the gazetteer puts on several different wordings ("ISPR", "Inter-Services Public Relations"
    // → "Pakistan military (ISPR)") is the claimant's canonical name.
    if (m.name !== m.text) add('c', m.id, `${m.name}\u0000${textKey(m.text)}`);
    const key = textKey(m.text);
    if (key) add('t', m.id, key);
  }
  for (const c of e.claims) note(c.claimant.id, c.claimant.name, c.claimant.kind);
  return [...notes.values()];
}

/** Notes of many reports as one: counts added, the earliest `first` kept. */
export function sumNotes(lists: readonly (readonly ClaimantNote[])[]): ClaimantNote[] {
  const sum = new Map<string, ClaimantNote>();
  for (const list of lists)
    for (const n of list) {
      const key = `${n.what}\u0000${n.id}\u0000${n.value}`;
      const seen = sum.get(key);
      sum.set(key, seen ? { ...seen, count: seen.count + n.count, first: Math.min(seen.first, n.first) } : n);
    }
  return [...sum.values()];
}

/** The id a claim's own wording places it under, when exactly one claimant was ever named so. */
export function claimantTextKey(claim: Claim): string | null {
  if (claim.claimant.kind !== 'unknown' || !claim.provenance.claimantText) return null;
  return textKey(claim.provenance.claimantText) || null;
}

/** One name and kind per claimant id from summed notes; unknown claimants placed by a wording only one id has. */
export function resolverFrom(notes: readonly ClaimantNote[]): ClaimantResolver {
  return resolverOf(unifiedClaimants(notes), textOwners(notes));
}

/** The resolver of some claimants' names and kinds and of the ids each wording was given to (`textOwners`). */
export function resolverOf(
  unified: ReadonlyMap<string, Claimant>,
  byText: ReadonlyMap<string, ReadonlySet<string>>,
): ClaimantResolver {
  return (claim) => {
    let id = claim.claimant.id;
    const key = claimantTextKey(claim);
    if (key !== null) {
      const known = byText.get(key);
      if (known?.size === 1) id = [...known][0]!;
    }
    return unified.get(id) ?? claim.claimant;
  };
}

/** Per wording (`t` notes), the claimant ids it was given to: one id alone places an unknown claimant there. */
export function textOwners(notes: readonly ClaimantNote[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const n of notes)
    if (n.what === 't') (owners.get(n.value) ?? owners.set(n.value, new Set()).get(n.value)!).add(n.id);
  return owners;
}

/**
 * What decides one claimant id's name and kind: its names with their counts and its kinds with theirs, each in the
 * order first seen, and per canonical name the number of wordings it was given to (two at least), in the order
 * first seen. A store reads these from its sums without reading every name an id was ever given
 * (src/store/claimant-facts.ts): only the names most counted can win.
 */
export interface ClaimantFacts {
  readonly names: readonly { readonly value: string; readonly count: number }[];
  readonly kinds: readonly { readonly value: string; readonly count: number }[];
  readonly canonical: ReadonlyMap<string, number>;
}

/**
 * Facts being gathered: `of(id)` gives an id's, made empty the first time. Fill each list in the order first seen.
 */
export function factsBuilder() {
  const facts = new Map<
    string,
    {
      names: { value: string; count: number }[];
      kinds: { value: string; count: number }[];
      canonical: Map<string, number>;
    }
  >();
  const of = (id: string) =>
    facts.get(id) ?? facts.set(id, { names: [], kinds: [], canonical: new Map() }).get(id)!;
  return { facts, of };
}

/** The facts of every id with notes, from summed notes. */
export function claimantFacts(notes: readonly ClaimantNote[]): Map<string, ClaimantFacts> {
  const ordered = [...notes].sort((a, b) => a.first - b.first);
  const { facts, of } = factsBuilder();
  for (const n of ordered) {
    if (n.what === 'n') of(n.id).names.push(n);
    else if (n.what === 'k' && n.value !== 'unknown') of(n.id).kinds.push(n);
    else if (n.what === 'c') {
      const name = n.value.split('\u0000')[0]!;
      const texts = of(n.id).canonical;
      texts.set(name, (texts.get(name) ?? 0) + 1);
    }
  }
  for (const f of facts.values()) for (const [name, n] of f.canonical) if (n < 2) f.canonical.delete(name);
  return facts;
}

/** Per claimant id with a name: the claimant every claim of it shows. */
export function unifiedClaimants(notes: readonly ClaimantNote[]): Map<string, Claimant> {
  return unifiedFrom(claimantFacts(notes));
}

/** Per claimant id with a name, from its facts: the claimant every claim of it shows. */
export function unifiedFrom(facts: ReadonlyMap<string, ClaimantFacts>): Map<string, Claimant> {
  const unified = new Map<string, Claimant>();
  for (const [id, f] of facts) {
    if (f.names.length === 0) continue;
    const kind = mostCounted(f.kinds.map((n) => [n.value, n.count])) as ClaimantKind | null;
    unified.set(id, {
      id,
      name: bodyName(id, canonicalName(f.canonical) ?? preferredName(f.names)),
      kind: kind ?? 'unknown',
    });
  }
  return unified;
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

/** The canonical name given to the most different wordings (two at least); ties to the first seen. */
function canonicalName(texts: ReadonlyMap<string, number>): string | null {
  const ranked = [...texts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/** The name most documents use; ties go to the shorter one (ISPR over its expansion), then the first seen. */
function preferredName(list: readonly { value: string; count: number }[]): string {
  return [...list].sort((a, b) => b.count - a.count || a.value.length - b.value.length)[0]!.value;
}

function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
