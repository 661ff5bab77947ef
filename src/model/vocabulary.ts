// The SPEC.md vocabularies, as runtime lists (for validation and UI) and as string-literal unions.

export const OUTCOMES = [
  'present',
  'held',
  'rescued',
  'released',
  'executed',
  'killed',
  'wounded',
  'missing',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const GROUPS = [
  'passengers',
  'civilians',
  'security_forces',
  'militants',
  'railway_staff',
  'hostages',
  'people',
  'foreign_nationals',
  'other',
] as const;
export type Group = (typeof GROUPS)[number];
/** Estimates add one more group: the per-outcome total, each person counted once. */
export type EstimateGroup = Group | 'all';

export const QUALIFIERS = [
  'exact',
  'approx',
  'at_least',
  'more_than',
  'at_most',
  'less_than',
  'range',
  'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIMANT_KINDS = [
  'official',
  'insurgent',
  'media',
  'local',
  'expert',
  'author',
  'unknown',
] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const CONFLICT_KINDS = ['contradiction', 'revision', 'implausible'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];
