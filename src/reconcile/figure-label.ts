// Words for a figure in summaries and reports: "security forces killed", "passengers on board".
import type { ClaimValue } from '../model/claim.js';
import type { EstimateGroup, Outcome } from '../model/vocabulary.js';

const OUTCOME_WORDS: Record<Outcome, string> = {
  present: 'on board / involved',
  held: 'held',
  rescued: 'rescued',
  released: 'released',
  executed: 'executed',
  killed: 'killed',
  wounded: 'wounded',
  missing: 'missing',
  other: '(other)',
};

const GROUP_WORDS: Record<EstimateGroup, string> = {
  passengers: 'passengers',
  civilians: 'civilians',
  security_forces: 'security forces',
  militants: 'militants',
  railway_staff: 'railway staff',
  hostages: 'hostages',
  people: 'people',
  foreign_nationals: 'foreign nationals',
  other: 'others',
  all: 'all',
};

export function figureLabel(outcome: Outcome, group: EstimateGroup): string {
  if (outcome === 'present' && (group === 'passengers' || group === 'people'))
    return `${GROUP_WORDS[group]} on board`;
  if (outcome === 'present') return `${GROUP_WORDS[group]} involved`;
  return `${GROUP_WORDS[group]} ${OUTCOME_WORDS[outcome]}`;
}

export function groupWords(group: EstimateGroup): string {
  return GROUP_WORDS[group];
}

/** A figure as a reader says it: the text as written, or "all" for a bare whole. */
export function valueWords(v: ClaimValue): string {
  return v.text.trim() || String(v.low ?? v.high ?? '?');
}
