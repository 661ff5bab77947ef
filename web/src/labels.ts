// Words the page uses for the SPEC vocabularies, and how a figure's value reads.
import type { ClaimValue } from '../../src/model/claim.js';
import type { EstimateGroup, Outcome } from '../../src/model/vocabulary.js';

/** Claimant kinds in the order the page lists them: the SPEC vocabulary's own order. */
export { CLAIMANT_KINDS as CLAIMANT_KIND_ORDER } from '../../src/model/vocabulary.js';

const OUTCOME_WORDS: Readonly<Record<Outcome, string>> = {
  present: 'on board / involved',
  held: 'held hostage',
  rescued: 'rescued',
  released: 'released',
  executed: 'executed',
  killed: 'killed',
  wounded: 'wounded',
  missing: 'missing',
  other: '(other)',
};

const GROUP_WORDS: Readonly<Record<EstimateGroup, string>> = {
  passengers: 'Passengers',
  civilians: 'Civilians',
  security_forces: 'Security forces',
  militants: 'Militants',
  railway_staff: 'Railway staff',
  hostages: 'Hostages',
  people: 'People',
  foreign_nationals: 'Foreign nationals',
  other: 'Others',
  all: 'All people (each counted once)',
};

export function figureLabel(outcome: Outcome, group: EstimateGroup): string {
  return `${GROUP_WORDS[group]} ${OUTCOME_WORDS[outcome]}`;
}

export const KIND_WORDS: Readonly<Record<string, string>> = {
  official: 'official',
  insurgent: 'insurgent',
  media: 'media',
  local: 'local source',
  expert: 'expert / NGO',
  author: 'the article',
  unknown: 'unattributed',
};

export function kindWord(kind: string): string {
  return KIND_WORDS[kind] ?? kind;
}

/** The normalised reading of a figure: 21, 201+, ≤ 50, 70–80. */
export function valueRange(v: Pick<ClaimValue, 'low' | 'high'>): string {
  if (v.low !== null && v.high !== null)
    return v.low === v.high ? fmt(v.low) : `${fmt(v.low)}–${fmt(v.high)}`;
  if (v.low !== null) return `${fmt(v.low)}+`;
  if (v.high !== null) return `≤ ${fmt(v.high)}`;
  // "all hostages": the whole group, with no number stated.
  return 'all';
}

export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${fmt(n)} ${n === 1 ? word : many}`;
}

/** Colours of claimant kinds, as in styles.css: charts draw with them, the legend and badges use the CSS. */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  official: '#1f5fbf',
  insurgent: '#e8590c',
  media: '#7b4fb5',
  local: '#2e8b57',
  expert: '#0c8599',
  author: '#4d4d4d',
  unknown: '#9e9e9e',
};

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? '#9e9e9e';

/**
 * The name a chart prints for a claimant: the abbreviation it is known by when its name carries one in
 * parentheses ("Pakistan military (ISPR)" → ISPR), else the name, cut to fit a phone's axis.
 */
export function shortName(name: string, max = 18): string {
  const abbreviation = /\(([A-Z][A-Za-z0-9-]{1,9})\)\s*$/.exec(name)?.[1];
  if (abbreviation && abbreviation === abbreviation.toUpperCase()) return abbreviation;
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
