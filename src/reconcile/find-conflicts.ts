// Disagreements inside one figure (incident × outcome × comparison group).
// - revision: one source's figure changes over time (the BLA's 50 executed, then 214), or a figure the
//   text marks as provisional ("initially 155 rescued") is overtaken by a later, larger one;
// - contradiction: the current figures of two sources cannot both hold (4 soldiers vs at least 200).
// Hedged figures (threats, "may have") are left out: they are not accounts of what happened.
// A step of a revision carries the day the text gives for it, else `undated` — never a publication date.
// Cost: linear in the group's claims; a contradiction needs only the extreme intervals, not all pairs.
import type { Conflict } from '../model/analysis.js';
import type { Claimant } from '../model/claim.js';
import { byTime, standingFigure, type FigureClaim, type FigureGroup } from './figure-claims.js';
import { figureLabel, valueWords } from './figure-label.js';
import { shortDate } from './partial-date.js';
import { groupBy } from './tally.js';

const MAX_SIDES_IN_SUMMARY = 4;
const OWN_VOICE = new Set(['author', 'unknown']);

export function findConflicts(group: FigureGroup): Conflict[] {
  // Counts of places attacked and other non-casualty figures are not one quantity to disagree on.
  if (group.outcome === 'other' || group.group === 'other') return [];
  const pool = group.claims.filter(
    (f) => !f.claim.hedged && (f.interval.lo > 0 || f.interval.hi !== Infinity),
  );
  const bySource = groupBy([...pool].sort(byTime), (f) => f.source);
  const conflicts: Conflict[] = [];
  const current: FigureClaim[] = [];
  const provisional: FigureClaim[] = [];
  for (const [source, list] of bySource) {
    const latest = standingFigure(list);
    const settled = list.filter((f) => !f.provisional);
    // Two figures in one article's own voice are two statements, not the article changing its mind.
    const changed = OWN_VOICE.has(latest.claim.claimant.kind)
      ? []
      : distinctSteps(settled.filter((f) => !f.echo && f !== latest)).filter((f) => disjoint(f, latest));
    if (changed.length > 0) conflicts.push(revision(group, source, [...changed, latest], pool));
    current.push(latest);
    provisional.push(...distinctSteps(list.filter((f) => f.provisional && f !== latest)));
  }
  const overtaken = new Set<FigureClaim>();
  for (const [f, later] of overtakenProvisional([...current, ...provisional], current)) {
    overtaken.add(f);
    conflicts.push(revision(group, `${f.source}-provisional-${f.interval.lo}`, [f, ...later], pool));
  }
  const sides = current.filter((f) => !overtaken.has(f));
  const contradiction = findContradiction(group, sides, pool);
  if (contradiction) conflicts.push(contradiction);
  return conflicts;
}

function findContradiction(group: FigureGroup, sides: readonly FigureClaim[], pool: readonly FigureClaim[]) {
  if (sides.length < 2) return null;
  const maxLo = sides.reduce((m, f) => Math.max(m, f.interval.lo), 0);
  const minHi = sides.reduce((m, f) => Math.min(m, f.interval.hi), Infinity);
  if (minHi >= maxLo) return null;
  const involved = sides
    .filter((f) => f.interval.hi < maxLo || f.interval.lo > minHi)
    .sort((a, b) => a.interval.lo - b.interval.lo);
  const shown = involved
    .slice(0, MAX_SIDES_IN_SUMMARY)
    .map((f) => `${nameOf(f)} says ${valueWords(f.claim.value)}`);
  const more =
    involved.length > MAX_SIDES_IN_SUMMARY ? ` (+${involved.length - MAX_SIDES_IN_SUMMARY} more)` : '';
  const label = capitalise(figureLabel(group.outcome, group.group));
  return conflict(
    group,
    'contradiction',
    '',
    withEchoes(involved, pool),
    `${label}: ${shown.join(' vs ')}${more}.`,
  );
}

function revision(
  group: FigureGroup,
  source: string,
  steps: readonly FigureClaim[],
  pool: readonly FigureClaim[],
) {
  const label = capitalise(figureLabel(group.outcome, group.group));
  const step = (f: FigureClaim) => `${valueWords(f.claim.value)} (${shortDate(statedDate(f, pool))})`;
  const [first, ...later] = steps;
  const sameSource = steps.every((f) => f.source === first!.source);
  const dated = steps.every(
    (f, i) => i === 0 || (f.when !== null && (steps[i - 1]!.when ?? f.when) < f.when),
  );
  const text = sameSource
    ? dated
      ? `${label}: ${nameOf(first!)} revised its figure, ${steps.map(step).join(' → ')}.`
      : `${label}: ${nameOf(first!)} gave differing figures, ${steps.map(step).join('; ')}.`
    : `${label}: ${possessive(nameOf(first!))} provisional ${step(first!)} was overtaken by ${later.map((f) => `${step(f)} per ${nameOf(f)}`).join(', ')}.`;
  return conflict(group, 'revision', source, withEchoes(steps, pool), text);
}

/**
 * The day the text gives for a figure (`On March 12, the ISPR said …`), the earliest one when the source repeats it,
 * else null (shown as undated). Never `when`: that falls back on publication dates, which order statements but
 * are not the day anyone said them.
 */
function statedDate(f: FigureClaim, pool: readonly FigureClaim[]): string | null {
  let day = f.claim.stated;
  for (const g of pool) {
    const stated = g.claim.stated;
    if (stated === null || g.source !== f.source || g.interval.lo !== f.interval.lo) continue;
    if (g.interval.hi === f.interval.hi && (day === null || stated < day)) day = stated;
  }
  return day;
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** A source's successive figures with repeats of the same interval removed. */
function distinctSteps(list: readonly FigureClaim[]): FigureClaim[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const k = `${f.interval.lo}|${f.interval.hi}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Provisional figures with the larger figures of other sources, said later (or undated), that overtook them. */
function overtakenProvisional(
  candidates: readonly FigureClaim[],
  current: readonly FigureClaim[],
): [FigureClaim, FigureClaim[]][] {
  const maxLo = current.reduce((m, f) => Math.max(m, f.interval.lo), 0);
  const found: [FigureClaim, FigureClaim[]][] = [];
  for (const f of candidates) {
    if (!f.provisional || maxLo <= f.interval.hi) continue;
    const later = current.filter(
      (g) =>
        g.source !== f.source &&
        g.interval.lo > f.interval.hi &&
        (g.when === null || f.when === null || g.when >= f.when),
    );
    if (later.length > 0) found.push([f, later.sort(byTime).slice(0, MAX_SIDES_IN_SUMMARY)]);
  }
  return found;
}

function disjoint(a: FigureClaim, b: FigureClaim): boolean {
  return a.interval.hi < b.interval.lo || b.interval.hi < a.interval.lo;
}

/** The claims behind each side: the figure itself and every echo of it. */
function withEchoes(sides: readonly FigureClaim[], pool: readonly FigureClaim[]): string[] {
  const keys = new Set(sides.map((f) => `${f.source}|${f.interval.lo}|${f.interval.hi}`));
  const ids = pool
    .filter((f) => keys.has(`${f.source}|${f.interval.lo}|${f.interval.hi}`))
    .map((f) => f.claim.id);
  return [...new Set([...sides.map((f) => f.claim.id), ...ids])];
}

export function nameOf(f: FigureClaim): string {
  return claimantName(f.claim.claimant);
}

/** How a summary names a claimant: the article's own voice, or the short form ("BLA" for "Baloch Liberation Army (BLA)"). */
export function claimantName(c: Claimant): string {
  if (c.kind === 'author') return 'the article';
  return /\(([A-Z][A-Za-z-]{1,9})\)$/.exec(c.name)?.[1] ?? c.name;
}

export function conflict(
  group: Pick<FigureGroup, 'incident' | 'outcome' | 'group'>,
  kind: Conflict['kind'],
  tag: string,
  claims: readonly string[],
  summary: string,
): Conflict {
  const id = [group.incident, group.outcome, group.group, kind, tag].filter(Boolean).join(':');
  return { id, incident: group.incident, outcome: group.outcome, group: group.group, kind, claims, summary };
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
