// Loads the vocabulary data files once and turns them into fast lookups. No vocabulary lives in code.
import numbers from '../lexicon/en/numbers.json' with { type: 'json' };
import hedges from '../lexicon/en/hedges.json' with { type: 'json' };
import groups from '../lexicon/en/groups.json' with { type: 'json' };
import outcomes from '../lexicon/en/outcomes.json' with { type: 'json' };
import attribution from '../lexicon/en/attribution.json' with { type: 'json' };
import claimants from '../lexicon/en/claimants.json' with { type: 'json' };
import noncounts from '../lexicon/en/noncounts.json' with { type: 'json' };
import abbreviations from '../lexicon/en/abbreviations.json' with { type: 'json' };
import incidents from '../lexicon/en/incidents.json' with { type: 'json' };
import report from '../lexicon/en/report.json' with { type: 'json' };
import type { ClaimantKind, Group, Outcome, Qualifier } from '../model/vocabulary.js';
import { PhraseIndex } from './phrase-index.js';

const entries = <T>(o: Record<string, T>) =>
  Object.entries(o).filter(([k]) => !k.startsWith('_')) as [string, T][];

function phrasesOf<L extends string>(table: Record<string, unknown>): PhraseIndex<L> {
  const index = new PhraseIndex<L>();
  for (const [label, list] of entries(table)) {
    if (Array.isArray(list)) for (const p of list as string[]) index.add(p, label as L);
  }
  return index;
}

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...entries(numbers.units),
  ...entries(numbers.tens),
]);
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(entries(numbers.multipliers));
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map(entries(numbers.vague));
function valuePhrases(table: Record<string, number>): PhraseIndex<number> {
  const index = new PhraseIndex<number>();
  for (const [phrase, value] of entries(table)) index.add(phrase, value);
  return index;
}
export const VAGUE_PHRASES = valuePhrases(numbers.vaguePhrases);
export const DOZEN_PHRASES = valuePhrases(numbers.dozenPhrases);
export const HEDGES = phrasesOf<Qualifier>(hedges);

/** Person nouns → SPEC group; the finer kinds (`subgroups`: crew, pilgrims, miners …) map onto one group each. */
export const GROUP_NOUNS = (() => {
  const index = phrasesOf<Group>(groups.nouns);
  for (const [, s] of entries(groups.subgroups as Record<string, unknown>)) {
    const { group, nouns } = s as { group: Group; nouns: string[] };
    for (const n of nouns) index.add(n, group);
  }
  return index;
})();
/** Person noun → its finer kind (`sailors` → `crew`), for provenance.subgroup. */
export const SUBGROUPS = (() => {
  const index = new PhraseIndex<string>();
  for (const [kind, s] of entries(groups.subgroups as Record<string, unknown>))
    for (const n of (s as { nouns: string[] }).nouns) index.add(n, kind);
  return index;
})();
export const FOREIGN_MODIFIERS: ReadonlySet<string> = new Set(groups.foreignModifiers);
export const SECURITY_MODIFIERS: ReadonlySet<string> = new Set(groups.securityModifiers);
export const CARRIERS = phrasesOf<Outcome>(groups.carriers);
export const OUTCOME_NOUNS = phrasesOf<Outcome>(groups.outcomeNouns);
export const PLACE_NOUNS = phrasesOf<'place'>({ place: groups.places });
export const THING_NOUNS: ReadonlySet<string> = new Set(groups.things);
export const PARTITIVES = phrasesOf<'partitive'>({ partitive: groups.partitiveHeads });

export const OUTCOME_CUES = phrasesOf<Outcome>(outcomes.cues);
/** Verbs that are nouns too (`wounds`): cues only for the count right after them. */
export const VERBS_BEFORE = phrasesOf<Outcome>(outcomes.verbsBefore);
/** Cues that are nouns naming a killing (`murder`, `shooting death`), not verbs. */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(outcomes.nominal);
/** Per preposition, the causes after it that are no shooting. */
export const NON_GUN_CAUSES: ReadonlyMap<string, PhraseIndex<'cause'>> = new Map(
  Object.entries(outcomes.nonGunCauses).map(([prep, list]) => [prep, phrasesOf<'cause'>({ cause: list })]),
);
export const NOMINAL_VERBS: ReadonlySet<string> = new Set(outcomes.nominalVerbs);
/** Cues that only count next to certain groups (`had 440 passengers`, `385 fighters launched`). */
export const WEAK_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entries(outcomes.weak).map(([k, v]) => [k, new Set(v)]),
);

export const REPORTING_VERBS: ReadonlySet<string> = new Set(attribution.verbs);
export const SOURCE_NOUN_FRAMES: ReadonlySet<string> = new Set(attribution.nounFrames);
export const PRONOUNS: ReadonlyMap<string, string> = new Map(entries(attribution.pronouns));
export const HEDGE_WORDS = phrasesOf<'hedge'>({ hedge: attribution.hedges });

export interface SourceEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ClaimantKind;
}
export const SOURCES = (() => {
  const index = new PhraseIndex<SourceEntry>();
  for (const s of claimants.sources) {
    for (const a of s.aliases) index.add(a, { id: s.id, name: s.name, kind: s.kind as ClaimantKind });
  }
  return index;
})();
export const ROLES = (() => {
  const index = new PhraseIndex<{ role: string; kind: ClaimantKind }>();
  for (const [role, r] of entries(claimants.roles)) {
    for (const w of r.words) index.add(w, { role, kind: r.kind as ClaimantKind });
  }
  return index;
})();
export const LOCAL_SOURCES = {
  ...claimants.localSources,
  kind: claimants.localSources.kind as ClaimantKind,
  index: phrasesOf<'local'>({ local: claimants.localSources.words }),
};
export const UNNAMED_SOURCES = phrasesOf<'unnamed'>({ unnamed: claimants.unnamed.words });
export const RANKS = phrasesOf<'rank'>({ rank: claimants.ranks });
export const INSURGENT_ROLES: ReadonlySet<string> = new Set(claimants.insurgentRoles);
export const COUNTRIES = phrasesOf<string>(claimants.countries);

export const UNITS_AFTER = phrasesOf<string>(noncounts.unitsAfter);
export const WORDS_BEFORE = phrasesOf<string>(noncounts.wordsBefore);
export const MONTHS: ReadonlySet<string> = new Set(noncounts.months);
export const PLACE_NAMES: ReadonlySet<string> = new Set(noncounts.places);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(noncounts.placePrepositions);
export const STREET_SUFFIXES: ReadonlySet<string> = new Set(noncounts.streetSuffixes);
export const WEEKDAYS: ReadonlySet<string> = new Set(noncounts.weekdays);
export const IDIOMS = phrasesOf<'idiom'>({ idiom: noncounts.idioms });
export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.words);
export const NON_SUBJECT: ReadonlySet<string> = new Set(attribution.nonSubjectMarkers);
export const CONTINUATIONS = phrasesOf<'continue'>({ continue: attribution.continuations });
export const EVENT_NOUNS = phrasesOf<'event'>({ event: incidents.eventNouns });
export const FACILITIES: ReadonlySet<string> = new Set(incidents.facilities);
export const EVENT_MODIFIERS: ReadonlySet<string> = new Set(incidents.eventModifiers);
export const NOT_EVENT_NAMES: ReadonlySet<string> = new Set(incidents.notEventNames);
/** Per kind (figurative, natural death, fiction, hypothetical, rates): phrases that make a sentence's counts no incident. */
export const NOT_INCIDENTS = phrasesOf<string>(noncounts.notIncidents);
/** Nouns of violent events, disasters and accidents (not `crisis`, `operation`, `strike`: politics uses them too). */
export const REPORT_EVENT_NOUNS = phrasesOf<'event'>({ event: report.eventNouns });
export const LEAD_CUES = phrasesOf<'harm'>({ harm: report.leadCues });
export const PLACES_HIT: ReadonlySet<string> = new Set(noncounts.placesHit);
