// The extraction's vocabulary, one set of lookups per language, built from that language's folder of data files
// (`src/lexicon/<code>/`, copied to `dist/lexicon/` by the build). No vocabulary lives in code: a language is read
// when `languages.json` lists it under `read` and its folder holds the files below with English's keys: adding one
// is a folder and a line of data, once the stages take the report's lexicon instead of the English exports at the
// end of this file (docs/languages.md). A listed language whose folder is incomplete stops the program at start
// with the file and key to add, never a silent half-read.
// Over 300 lines: the one table of every lookup the stages make, and the named exports they import today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimantKind, Group, Outcome, Qualifier } from '../model/vocabulary.js';
import { PhraseIndex } from './phrase-index.js';

/** The folder holding `languages.json` and one folder per language. */
export const LEXICON_ROOT = fileURLToPath(new URL('../lexicon/', import.meta.url));

/** One language's data files, parsed; the types are English's, and every language's files have its shape. */
export interface LexiconData {
  readonly numbers: typeof import('../lexicon/en/numbers.json', { with: { type: 'json' } });
  readonly hedges: typeof import('../lexicon/en/hedges.json', { with: { type: 'json' } });
  readonly groups: typeof import('../lexicon/en/groups.json', { with: { type: 'json' } });
  readonly outcomes: typeof import('../lexicon/en/outcomes.json', { with: { type: 'json' } });
  readonly attribution: typeof import('../lexicon/en/attribution.json', { with: { type: 'json' } });
  readonly claimants: typeof import('../lexicon/en/claimants.json', { with: { type: 'json' } });
  readonly noncounts: typeof import('../lexicon/en/noncounts.json', { with: { type: 'json' } });
  readonly abbreviations: typeof import('../lexicon/en/abbreviations.json', { with: { type: 'json' } });
  readonly incidents: typeof import('../lexicon/en/incidents.json', { with: { type: 'json' } });
  readonly report: typeof import('../lexicon/en/report.json', { with: { type: 'json' } });
}
/** The data files of every language folder (`<name>.json`). */
export const LEXICON_FILES: readonly (keyof LexiconData)[] = [
  'numbers',
  'hedges',
  'groups',
  'outcomes',
  'attribution',
  'claimants',
  'noncounts',
  'abbreviations',
  'incidents',
  'report',
];

export interface Languages {
  /** Codes of the languages the extraction reads, each with a folder beside `languages.json`. */
  readonly read: readonly string[];
  /** Names of the languages the detector may answer, by code. */
  readonly names: Readonly<Record<string, string>>;
}

const entries = <T>(o: Record<string, T>) =>
  Object.entries(o).filter(([k]) => !k.startsWith('_')) as [string, T][];

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`lexicon: ${path} is missing (see docs/languages.md, "Adding a language")`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`lexicon: ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

const kindOf = (v: unknown) => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);
const aKindOf = (v: unknown) => `${/^[aeiou]/.test(kindOf(v)) ? 'an' : 'a'} ${kindOf(v)}`;

/** The keys of `reference` (English's file) that `data` lacks or holds as another kind of value. */
export function shapeErrors(reference: unknown, data: unknown): string[] {
  if (kindOf(data) !== 'object') return [`not an object but ${aKindOf(data)}`];
  const have = data as Record<string, unknown>;
  return entries(reference as Record<string, unknown>).flatMap(([key, value]) =>
    !(key in have)
      ? [`no "${key}" (${aKindOf(value)})`]
      : kindOf(have[key]) !== kindOf(value)
        ? [`"${key}" is ${aKindOf(have[key])}, not ${aKindOf(value)}`]
        : [],
  );
}

/** The data files of the language folder `dir`, checked against the reference folder's (English's). */
export function readLexiconData(dir: string, reference?: LexiconData): LexiconData {
  const data: Record<string, unknown> = {};
  for (const file of LEXICON_FILES) {
    const path = join(dir, `${file}.json`);
    data[file] = readJson(path);
    const errors = reference ? shapeErrors(reference[file], data[file]) : [];
    if (errors.length) throw new Error(`lexicon: ${path}: ${errors.join('; ')} (English's file has them)`);
  }
  return data as unknown as LexiconData;
}

export function readLanguages(root: string = LEXICON_ROOT): Languages {
  const path = join(root, 'languages.json');
  const data = readJson(path) as Partial<Languages>;
  if (!Array.isArray(data.read) || typeof data.names !== 'object' || data.names === null)
    throw new Error(`lexicon: ${path} needs "read" (a list of codes) and "names" (code → name)`);
  return { read: data.read, names: data.names };
}

function phrasesOf<L extends string>(table: Record<string, unknown>): PhraseIndex<L> {
  const index = new PhraseIndex<L>();
  for (const [label, list] of entries(table)) {
    if (Array.isArray(list)) for (const p of list as string[]) index.add(p, label as L);
  }
  return index;
}
function valuePhrases(table: Record<string, number>): PhraseIndex<number> {
  const index = new PhraseIndex<number>();
  for (const [phrase, value] of entries(table)) index.add(phrase, value);
  return index;
}

export interface SourceEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ClaimantKind;
}

/** Every lookup the stages make, built from one language's data. */
export function buildLexicon(code: string, data: LexiconData) {
  const { numbers, hedges, groups, outcomes, attribution, claimants, noncounts, incidents, report } = data;
  type Subgroup = { group: Group; nouns: string[] };
  const subgroups = entries(groups.subgroups as Record<string, unknown>) as [string, Subgroup][];
  return {
    code,
    NUMBER_WORDS: new Map([...entries(numbers.units), ...entries(numbers.tens)]) as ReadonlyMap<
      string,
      number
    >,
    MULTIPLIERS: new Map(entries(numbers.multipliers)) as ReadonlyMap<string, number>,
    VAGUE_WORDS: new Map(entries(numbers.vague)) as ReadonlyMap<string, number>,
    VAGUE_PHRASES: valuePhrases(numbers.vaguePhrases),
    DOZEN_PHRASES: valuePhrases(numbers.dozenPhrases),
    HEDGES: phrasesOf<Qualifier>(hedges),
    /** Person nouns → SPEC group; the finer kinds (`subgroups`: crew, pilgrims, miners …) map onto one group each. */
    GROUP_NOUNS: (() => {
      const index = phrasesOf<Group>(groups.nouns);
      for (const [, s] of subgroups) for (const n of s.nouns) index.add(n, s.group);
      return index;
    })(),
    /** Person noun → its finer kind (`sailors` → `crew`), for provenance.subgroup. */
    SUBGROUPS: (() => {
      const index = new PhraseIndex<string>();
      for (const [kind, s] of subgroups) for (const n of s.nouns) index.add(n, kind);
      return index;
    })(),
    FOREIGN_MODIFIERS: new Set(groups.foreignModifiers) as ReadonlySet<string>,
    SECURITY_MODIFIERS: new Set(groups.securityModifiers) as ReadonlySet<string>,
    CARRIERS: phrasesOf<Outcome>(groups.carriers),
    OUTCOME_NOUNS: phrasesOf<Outcome>(groups.outcomeNouns),
    PLACE_NOUNS: phrasesOf<'place'>({ place: groups.places }),
    PLACE_ATTACKS_BEFORE: phrasesOf<'attack'>({ attack: groups.placeAttacks.before }),
    PLACE_ATTACKS_AFTER: phrasesOf<'attack'>({ attack: groups.placeAttacks.after }),
    THING_NOUNS: new Set(groups.things) as ReadonlySet<string>,
    PARTITIVES: phrasesOf<'partitive'>({ partitive: groups.partitiveHeads }),
    OUTCOME_CUES: phrasesOf<Outcome>(outcomes.cues),
    /** Verbs that are nouns too (`wounds`): cues only for the count right after them. */
    VERBS_BEFORE: phrasesOf<Outcome>(outcomes.verbsBefore),
    /** Cues that are nouns naming a killing (`murder`, `shooting death`), not verbs. */
    NOMINAL_CUES: new Set(outcomes.nominal) as ReadonlySet<string>,
    /** Per preposition, the causes after it that are no shooting. */
    NON_GUN_CAUSES: new Map(
      Object.entries(outcomes.nonGunCauses).map(([prep, list]) => [
        prep,
        phrasesOf<'cause'>({ cause: list }),
      ]),
    ) as ReadonlyMap<string, PhraseIndex<'cause'>>,
    NOMINAL_VERBS: new Set(outcomes.nominalVerbs) as ReadonlySet<string>,
    /** Count nouns that tell a count after a link (`the number of the dead rose to 40`), by the outcome they carry. */
    TALLY_NOUNS: phrasesOf<Outcome | 'count'>(outcomes.tallies.nouns),
    /** The participles and nouns after `of` that name a tally's outcome (`the rescued passengers`, `the dead`). */
    TALLY_OUTCOMES: phrasesOf<'outcome'>({ outcome: outcomes.tallies.outcomeWords }),
    TALLY_LINKS: phrasesOf<'link'>({ link: outcomes.tallies.links }),
    /** Links that join only after a verb that sets the tally (`bringing the death toll to 23`). */
    TALLY_SET_LINKS: new Set(outcomes.tallies.setLinks) as ReadonlySet<string>,
    TALLY_SETTERS: new Set(outcomes.tallies.setters) as ReadonlySet<string>,
    TALLY_THROUGH: new Set(outcomes.tallies.through) as ReadonlySet<string>,
    TALLY_ADVERBS: phrasesOf<'adverb'>({ adverb: outcomes.tallies.adverbs }),
    /** Cues that only count next to certain groups (`had 440 passengers`, `385 fighters launched`). */
    WEAK_CUES: new Map(entries(outcomes.weak).map(([k, v]) => [k, new Set(v)])) as ReadonlyMap<
      string,
      ReadonlySet<string>
    >,
    REPORTING_VERBS: new Set(attribution.verbs) as ReadonlySet<string>,
    SOURCE_NOUN_FRAMES: new Set(attribution.nounFrames) as ReadonlySet<string>,
    PRONOUNS: new Map(entries(attribution.pronouns)) as ReadonlyMap<string, string>,
    HEDGE_WORDS: phrasesOf<'hedge'>({ hedge: attribution.hedges }),
    SOURCES: (() => {
      const index = new PhraseIndex<SourceEntry>();
      for (const s of claimants.sources)
        for (const a of s.aliases) index.add(a, { id: s.id, name: s.name, kind: s.kind as ClaimantKind });
      return index;
    })(),
    ROLES: (() => {
      const index = new PhraseIndex<{ role: string; kind: ClaimantKind }>();
      for (const [role, r] of entries(claimants.roles))
        for (const w of r.words) index.add(w, { role, kind: r.kind as ClaimantKind });
      return index;
    })(),
    LOCAL_SOURCES: {
      ...claimants.localSources,
      kind: claimants.localSources.kind as ClaimantKind,
      index: phrasesOf<'local'>({ local: claimants.localSources.words }),
    },
    UNNAMED_SOURCES: phrasesOf<'unnamed'>({ unnamed: claimants.unnamed.words }),
    RANKS: phrasesOf<'rank'>({ rank: claimants.ranks }),
    INSURGENT_ROLES: new Set(claimants.insurgentRoles) as ReadonlySet<string>,
    COUNTRIES: phrasesOf<string>(claimants.countries),
    UNITS_AFTER: phrasesOf<string>(noncounts.unitsAfter),
    WORDS_BEFORE: phrasesOf<string>(noncounts.wordsBefore),
    MONTHS: new Set(noncounts.months) as ReadonlySet<string>,
    PLACE_NAMES: new Set(noncounts.places) as ReadonlySet<string>,
    PLACE_PREPOSITIONS: new Set(noncounts.placePrepositions) as ReadonlySet<string>,
    STREET_SUFFIXES: new Set(noncounts.streetSuffixes) as ReadonlySet<string>,
    WEEKDAYS: new Set(noncounts.weekdays) as ReadonlySet<string>,
    HOLIDAYS: new Set(noncounts.holidays) as ReadonlySet<string>,
    IDIOMS: phrasesOf<'idiom'>({ idiom: noncounts.idioms }),
    ABBREVIATIONS: new Set(data.abbreviations.words) as ReadonlySet<string>,
    NON_SUBJECT: new Set(attribution.nonSubjectMarkers) as ReadonlySet<string>,
    CONTINUATIONS: phrasesOf<'continue'>({ continue: attribution.continuations }),
    EVENT_NOUNS: phrasesOf<'event'>({ event: incidents.eventNouns }),
    FACILITIES: new Set(incidents.facilities) as ReadonlySet<string>,
    EVENT_MODIFIERS: new Set(incidents.eventModifiers) as ReadonlySet<string>,
    NOT_EVENT_NAMES: new Set(incidents.notEventNames) as ReadonlySet<string>,
    /** Per kind (figurative, natural death, fiction, hypothetical, rates): phrases that make a sentence's counts no incident. */
    NOT_INCIDENTS: phrasesOf<string>(noncounts.notIncidents),
    /** Nouns of violent events, disasters and accidents (not `crisis`, `operation`, `strike`: politics uses them too). */
    REPORT_EVENT_NOUNS: phrasesOf<'event'>({ event: report.eventNouns }),
    LEAD_CUES: phrasesOf<'harm'>({ harm: report.leadCues }),
  };
}
export type Lexicon = ReturnType<typeof buildLexicon>;

export interface Lexicons {
  readonly languages: Languages;
  /** The lookups for a language the extraction reads, or null for any other. */
  readonly lexiconFor: (code: string) => Lexicon | null;
}

/**
 * Every language listed under `read` in `root/languages.json`, each built from `root/<code>/` and checked against
 * English's files (the reference, always from the product's own folder).
 */
export function loadLexicons(root: string = LEXICON_ROOT): Lexicons {
  const languages = readLanguages(root);
  const englishDir = join(LEXICON_ROOT, 'en');
  const english = readLexiconData(englishDir);
  const dataOf = (dir: string) => (dir === englishDir ? english : readLexiconData(dir, english));
  const built = new Map(languages.read.map((code) => [code, buildLexicon(code, dataOf(join(root, code)))]));
  return { languages, lexiconFor: (code) => built.get(code) ?? null };
}

/** The product's languages, loaded once. */
export const LEXICONS = loadLexicons();
/** The lookups the stages use today: English's (docs/languages.md says what reading a second language changes). */
export const ENGLISH: Lexicon = (() => {
  const en = LEXICONS.lexiconFor('en');
  if (!en) throw new Error(`lexicon: ${join(LEXICON_ROOT, 'languages.json')} must list "en" under "read"`);
  return en;
})();

export const {
  NUMBER_WORDS,
  MULTIPLIERS,
  VAGUE_WORDS,
  VAGUE_PHRASES,
  DOZEN_PHRASES,
  HEDGES,
  GROUP_NOUNS,
  SUBGROUPS,
  FOREIGN_MODIFIERS,
  SECURITY_MODIFIERS,
  CARRIERS,
  OUTCOME_NOUNS,
  PLACE_NOUNS,
  PLACE_ATTACKS_BEFORE,
  PLACE_ATTACKS_AFTER,
  THING_NOUNS,
  PARTITIVES,
  OUTCOME_CUES,
  VERBS_BEFORE,
  NOMINAL_CUES,
  NON_GUN_CAUSES,
  NOMINAL_VERBS,
  WEAK_CUES,
  TALLY_NOUNS,
  TALLY_OUTCOMES,
  TALLY_LINKS,
  TALLY_SET_LINKS,
  TALLY_SETTERS,
  TALLY_THROUGH,
  TALLY_ADVERBS,
  REPORTING_VERBS,
  SOURCE_NOUN_FRAMES,
  PRONOUNS,
  HEDGE_WORDS,
  SOURCES,
  ROLES,
  LOCAL_SOURCES,
  UNNAMED_SOURCES,
  RANKS,
  INSURGENT_ROLES,
  COUNTRIES,
  UNITS_AFTER,
  WORDS_BEFORE,
  MONTHS,
  PLACE_NAMES,
  PLACE_PREPOSITIONS,
  STREET_SUFFIXES,
  WEEKDAYS,
  HOLIDAYS,
  IDIOMS,
  ABBREVIATIONS,
  NON_SUBJECT,
  CONTINUATIONS,
  EVENT_NOUNS,
  FACILITIES,
  EVENT_MODIFIERS,
  NOT_EVENT_NAMES,
  NOT_INCIDENTS,
  REPORT_EVENT_NOUNS,
  LEAD_CUES,
} = ENGLISH;
