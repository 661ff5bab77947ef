// The figures grid as data: one row per thing counted (outcome × group), with its claims, estimate and conflicts.
import type { Conflict, Estimate } from '../../src/model/analysis.js';
import type { Claim } from '../../src/model/claim.js';
import type { EstimateGroup, Outcome } from '../../src/model/vocabulary.js';
import type { IncidentView } from '../../src/store/store.js';

export interface FigureRow {
  readonly key: string;
  readonly outcome: Outcome;
  readonly group: EstimateGroup;
  readonly claims: readonly Claim[];
  readonly estimate: Estimate | null;
  readonly conflicts: readonly Conflict[];
  /** Claim ids that take part in a conflict of this row. */
  readonly conflicted: ReadonlySet<string>;
}

const OUTCOME_ORDER = [
  'killed',
  'executed',
  'wounded',
  'held',
  'rescued',
  'released',
  'missing',
  'present',
  'other',
];
const GROUP_ORDER = [
  'security_forces',
  'militants',
  'passengers',
  'hostages',
  'civilians',
  'railway_staff',
  'foreign_nationals',
  'people',
  'other',
  'all',
];

export const rowKey = (outcome: string, group: string): string => `${outcome}|${group}`;

export function figureRows(view: IncidentView): FigureRow[] {
  const byId = new Map(view.claims.map((c) => [c.id, c]));
  const claimsByKey = new Map<string, Claim[]>();
  for (const c of view.claims) push(claimsByKey, rowKey(c.outcome, c.group), c);
  const groupsPerOutcome = new Map<string, number>();
  for (const key of claimsByKey.keys()) {
    const outcome = key.split('|')[0] ?? '';
    groupsPerOutcome.set(outcome, (groupsPerOutcome.get(outcome) ?? 0) + 1);
  }
  // The total across groups only says something new when the outcome has figures for several groups.
  for (const e of view.estimates) {
    if (e.group !== 'all' || (groupsPerOutcome.get(e.outcome) ?? 0) < 2) continue;
    const claims = e.claims.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
    if (claims.length > 0) claimsByKey.set(rowKey(e.outcome, 'all'), claims);
  }
  const estimates = new Map(view.estimates.map((e) => [rowKey(e.outcome, e.group), e]));
  const conflicts = new Map<string, Conflict[]>();
  for (const c of view.conflicts) push(conflicts, rowKey(c.outcome, c.group), c);
  return [...claimsByKey.entries()]
    .map(([key, claims]): FigureRow => {
      const [outcome, group] = key.split('|') as [Outcome, EstimateGroup];
      const rowConflicts = conflicts.get(key) ?? [];
      return {
        key,
        outcome,
        group,
        claims,
        estimate: estimates.get(key) ?? null,
        conflicts: rowConflicts,
        conflicted: new Set(rowConflicts.flatMap((c) => c.claims)),
      };
    })
    .sort(
      (a, b) =>
        order(OUTCOME_ORDER, a.outcome) - order(OUTCOME_ORDER, b.outcome) ||
        order(GROUP_ORDER, a.group) - order(GROUP_ORDER, b.group),
    );
}

function order(list: readonly string[], value: string): number {
  const i = list.indexOf(value);
  return i === -1 ? list.length : i;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
