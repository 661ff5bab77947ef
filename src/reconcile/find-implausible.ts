// Arithmetic across figures of one incident that does not add up:
// - a whole that is contradicted: "all 33 terrorists killed" makes 33 the number involved, against
//   "70 to 80 were involved"; "all hostages were rescued" against hostages executed, still held or
//   missing, or against a count of the rescued far below the number on board;
// - a part larger than the whole: more people rescued, killed or executed than were on board.
// Only figures of different sources are set against each other, and hedged ones not at all.
import type { Conflict } from '../model/analysis.js';
import type { Group, Outcome } from '../model/vocabulary.js';
import { byTime, type FigureClaim } from './figure-claims.js';
import { groupBy } from './tally.js';
import { capitalise, conflict, nameOf } from './find-conflicts.js';
import { figureLabel, valueWords } from './figure-label.js';
import { isWhole } from './value-interval.js';

const ON_BOARD: ReadonlySet<Group> = new Set(['passengers', 'hostages', 'people']);
const CAPTIVES: ReadonlySet<Group> = new Set([
  'passengers',
  'hostages',
  'civilians',
  'railway_staff',
  'people',
]);
const ABOARD: ReadonlySet<Group> = new Set(['passengers', 'hostages']);
const FATES: ReadonlySet<Outcome> = new Set(['rescued', 'released', 'executed', 'killed', 'missing']);
const UNHAPPY: ReadonlySet<Outcome> = new Set(['executed', 'held', 'missing']);
/** Held counts the start of a hijacking too; only people still held afterwards gainsay "all rescued". */
const STILL = /\b(remain\w*|still)\b/i;
/** A count of the rescued this far below the number on board does not square with "all rescued". */
const SHORTFALL = 0.75;
const MAX_LISTED = 4;
const MAX_CLAIMS = 50;

export function findImplausible(incident: string, claims: readonly FigureClaim[]): Conflict[] {
  const pool = distinctFigures(claims.filter((f) => !f.claim.hedged));
  const onBoard = pool.filter((f) => f.claim.outcome === 'present' && ON_BOARD.has(f.claim.group));
  const out: Conflict[] = [];
  const present = pool.filter((f) => f.claim.outcome === 'present');
  // One account per statement, however many sources repeat it: "all hostages were rescued" and "the
  // remaining passengers were freed" are one; so are fifty outlets' "all 33". Keeps this linear.
  const tried = new Set<string>();
  for (const whole of pool.filter((f) => isWhole(f.claim.value)).sort(byTime)) {
    const bare = whole.claim.value.low === null;
    const { outcome, group } = whole.claim;
    const key = bare ? outcome : `${outcome}|${group}|${whole.interval.lo}|${whole.interval.hi}`;
    if (tried.has(key)) continue;
    tried.add(key);
    const found = bare ? bareWhole(whole, pool, onBoard) : countedWhole(whole, present);
    if (found.length > 0)
      out.push(
        report(
          incident,
          whole,
          found.sort(byGravity).slice(0, MAX_CLAIMS),
          bare ? 'whole' : `whole-${whole.interval.lo}`,
        ),
      );
  }
  const boardCeiling = onBoard.reduce(
    (m, f) => Math.max(m, f.interval.hi),
    onBoard.length > 0 ? 0 : Infinity,
  );
  const board = onBoard.find((b) => b.interval.hi === boardCeiling);
  // Only those surely on the train: "thousands of people missing" across a province is not a part of it.
  const tooMany = pool.filter(
    (f) =>
      FATES.has(f.claim.outcome) &&
      ABOARD.has(f.claim.group) &&
      f.interval.lo > boardCeiling &&
      f.source !== board?.source,
  );
  for (const f of board ? tooMany.slice(0, MAX_LISTED) : []) {
    out.push(report(incident, f, [board!], `part-${f.claim.id}`));
  }
  return dedupe(out);
}

/** "all 33 insurgents were killed": others' counts of that group involved must be 33 too. */
function countedWhole(whole: FigureClaim, present: readonly FigureClaim[]): FigureClaim[] {
  return present.filter(
    (f) =>
      f.source !== whole.source &&
      f.claim.group === whole.claim.group &&
      (f.interval.hi < whole.interval.lo || f.interval.lo > whole.interval.hi),
  );
}

/** "all hostages were rescued": nobody can also be executed, still held, or missing, nor the count short. */
function bareWhole(
  whole: FigureClaim,
  pool: readonly FigureClaim[],
  onBoard: readonly FigureClaim[],
): FigureClaim[] {
  if (!FATES.has(whole.claim.outcome) || !CAPTIVES.has(whole.claim.group)) return [];
  const boardFloor = onBoard.reduce((m, f) => Math.max(m, f.interval.lo), 0);
  return pool.filter((f) => {
    if (f.source === whole.source || f.claim.group === 'militants') return false;
    // Only fates of people surely on the train gainsay it: "thousands missing" across a province do not.
    if (!ABOARD.has(f.claim.group) && f.claim.outcome !== 'executed') return false;
    if (f.claim.outcome === 'held' && !STILL.test(f.claim.evidence.text)) return false;
    if (UNHAPPY.has(f.claim.outcome) && whole.claim.outcome !== f.claim.outcome) return f.interval.lo > 0;
    return f.claim.outcome === whole.claim.outcome && f.interval.hi < boardFloor * SHORTFALL;
  });
}

const GRAVITY: readonly Outcome[] = [
  'executed',
  'killed',
  'missing',
  'held',
  'rescued',
  'released',
  'present',
];

function byGravity(a: FigureClaim, b: FigureClaim): number {
  return GRAVITY.indexOf(a.claim.outcome) - GRAVITY.indexOf(b.claim.outcome) || byTime(a, b);
}

function report(
  incident: string,
  subject: FigureClaim,
  others: readonly FigureClaim[],
  tag: string,
): Conflict {
  const { outcome, group } = subject.claim;
  const sides = [...groupBy(others, (f) => `${f.source}|${f.claim.outcome}|${f.claim.group}`).values()];
  const listed = sides.slice(0, MAX_LISTED).map((fs) => `${nameOf(fs[0]!)} gives ${phrase(fs)}`);
  const more = sides.length > MAX_LISTED ? ` (+${sides.length - MAX_LISTED} more)` : '';
  const summary = `${capitalise(nameOf(subject))} says ${phrase([subject])}, but ${listed.join('; ')}${more}.`;
  const ids = [subject, ...others].map((f) => f.claim.id);
  return conflict({ incident, outcome, group }, 'implausible', tag, ids, summary);
}

/** "50 / 214 hostages executed": one source's figures for one thing, in time order. */
function phrase(fs: readonly FigureClaim[]): string {
  const values = [...new Set([...fs].sort(byTime).map((f) => valueWords(f.claim.value)))];
  return `${values.join(' / ')} ${figureLabel(fs[0]!.claim.outcome, fs[0]!.claim.group)}`;
}

/** One representative per source × figure × interval: echoes add no arithmetic, and keep this linear. */
function distinctFigures(list: readonly FigureClaim[]): FigureClaim[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = [
      f.source,
      f.claim.outcome,
      f.claim.group,
      f.interval.lo,
      f.interval.hi,
      isWhole(f.claim.value),
    ].join('|');
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function dedupe(list: readonly Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}
