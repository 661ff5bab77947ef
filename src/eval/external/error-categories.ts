// Rough, rule-based triage of the GVA / GVDB mismatches into the phenomena issue 7 names, so a run shows which
// phenomenon costs most. Heuristic by design (regexes over the error record's snippets and claims): it points
// at examples to read, it is not a score.
import type { ClaimSummary } from './mismatch.js';
import type { GvaError } from './score-gva.js';
import type { GvdbError } from './score-gvdb.js';
import type { PolnearError } from './score-polnear.js';

export type ExternalError = GvaError | GvdbError | PolnearError;

const DEATH = /\b(died|dies|dead|killed|killing|fatal(ly)?|slain|homicide|death|murder(ed)?|succumbed)\b/i;
const HARM =
  /\b(injur\w*|wounded|hurt|hospital\w*|(critical|stable|serious|fair|good) condition|grazed|shot|gunshot)\b/i;
const STATISTICS = new RegExp(
  `\\b(${[
    'this year|so far|(in|since|during) (19|20)\\d\\d|last (year|month|week)|homicides|across the city|citywide',
    'overnight|other shootings?|lost (their|his|her) (lives|children)|(weeks?|months?|days?) (after|before|earlier|ago)',
    'in (January|February|March|April|May|June|July|August|September|October|November|December)',
  ].join('|')})\\b`,
  'i',
);
const SUSPECT = /\b(suspects?|gunm[ae]n|shooters?|assailants?|robbers?|intruders?|himself|herself)\b/i;
const SELF_INFLICTED =
  /\b(killed|shot|killing|shooting) (himself|herself)|turn(ed|ing) the gun on|murder-suicide/i;
const ADDITIVE = /\b(\w+ (others?|more)|another (man|woman|person|victim)|additional (victims?|people))\b/i;
const STREET =
  '(Blvd|Boulevard|Ave|Avenue|St|Street|Road|Rd|Drive|Dr|Lane|Ln|Way|Pike|Court|Ct|Parkway|Pkwy)\\b';
const LATER_DEATH = /later died|died (later|at|from|in)|succumbed|has died|pronounced dead/i;

interface Context {
  readonly e: GvaError | GvdbError;
  /** The main incident's claims for the error's outcome, and the one with the largest value. */
  readonly same: readonly ClaimSummary[];
  readonly top: ClaimSummary | null;
  readonly otherOutcome: readonly ClaimSummary[];
  readonly text: string;
}

type Rule = readonly [name: string, applies: (c: Context) => boolean];

const point = (c: ClaimSummary) => c.low ?? c.high ?? 0;
const around = (c: ClaimSummary, re: string) =>
  new RegExp(re.replace('V', escape(c.value)), 'i').test(c.sentence);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First rule that applies names the category; the order goes from most to least specific. */
const RULES: readonly Rule[] = [
  [
    'empty or stub text (failed crawl)',
    ({ e }) => e.dataset === 'gva' && e.chars.reduce((s, n) => s + n, 0) < 200,
  ],
  [
    'missed: death stated, figure given another outcome',
    ({ e, otherOutcome }) =>
      e.kind === 'missed' && e.outcome === 'killed' && otherOutcome.some((c) => DEATH.test(c.sentence)),
  ],
  [
    'missed: injury stated, figure given another outcome',
    ({ e, otherOutcome }) =>
      e.kind === 'missed' && e.outcome === 'wounded' && otherOutcome.some((c) => HARM.test(c.sentence)),
  ],
  [
    'missed: the text never states the outcome',
    ({ e, text }) => e.kind === 'missed' && !(e.outcome === 'killed' ? DEATH : HARM).test(text),
  ],
  [
    'missed: one victim, no number ("X died", "the victim was pronounced dead", "a man was shot")',
    ({ e }) => e.kind === 'missed' && e.gold === 1,
  ],
  ['missed: several victims stated, not extracted', ({ e }) => e.kind === 'missed'],
  [
    'over: GVDB lists no victim at all (often an annotation gap: read the sentence)',
    ({ e }) => e.dataset === 'gvdb' && e.kind === 'spurious' && e.victims.every((v) => v.was === '(none)'),
  ],
  [
    'over: an age counted as victims ("Ronnie Chambers, 33, was ...")',
    ({ e, top }) =>
      isOver(e) &&
      top !== null &&
      /^\d{1,2}$/.test(top.value) &&
      around(top, '(,\\s*|\\bages?\\s+|and\\s+)V(\\s*,|\\s+and\\b|\\s*\\)|-year)'),
  ],
  [
    'over: shots, distances, addresses or road numbers counted ("shot seven times", "3135 West Broward Blvd", "US 25")',
    ({ e, top }) =>
      isOver(e) &&
      top !== null &&
      (around(top, 'V\\s+(times|shots|rounds|bullets|feet|miles|yards|blocks?|minutes|hours)\\b') ||
        around(top, '\\b(US|Highway|Route|Interstate)\\s*V') ||
        around(top, `V\\s+([NSEW]\\.?\\s+)?(\\w+\\s+){1,3}${STREET}`) ||
        top.value === '911'),
  ],
  [
    'over: related-story captions on the page counted ("0:35 Two teens charged in ... shooting that killed ...")',
    ({ e, top }) => isOver(e) && top !== null && /^\d{1,2}:\d\d\b/.test(top.sentence),
  ],
  [
    'over: the people shot taken as the dead ("four people were shot, including a girl who did not survive")',
    ({ e, top }) =>
      isOver(e) &&
      e.outcome === 'killed' &&
      top !== null &&
      around(
        top,
        'V\\s+(\\w+\\s+){0,3}(were|was|been)\\s+shot\\b.{0,80}\\b(including|one of whom|did not survive|fatal)',
      ),
  ],
  [
    'over: counts of a charge taken for victims ("charged with four counts of attempted murder")',
    ({ e, top }) => isOver(e) && top !== null && around(top, 'V\\s+(counts?|charges?)\\b'),
  ],
  [
    'over: earlier incidents or statistics on the page counted ("one week after a fatal shooting", "in 2015")',
    ({ e, top }) => isOver(e) && top !== null && STATISTICS.test(top.sentence),
  ],
  [
    'over: a number not about harm counted ("attended by 1,000 people", "500 body cameras")',
    ({ e, top }) => isOver(e) && top !== null && !DEATH.test(top.sentence) && !HARM.test(top.sentence),
  ],
  [
    'over: the shooters counted ("two officers who fatally shot", "two people who shot at")',
    ({ e, top }) =>
      isOver(e) &&
      top !== null &&
      around(top, 'V\\s+(\\w+\\s+){0,2}(who|that)\\s+(fatally\\s+)?(shot|opened fire|fired)'),
  ],
  [
    'over: suspects or shooters counted as victims',
    ({ e, top }) => isOver(e) && top !== null && SUSPECT.test(top.sentence),
  ],
  [
    'over: the dead also counted as wounded ("five people were shot" / "a man was shot" ... "he died")',
    ({ e, text }) => isOver(e) && e.outcome === 'wounded' && DEATH.test(text),
  ],
  [
    'over: long or multi-story page, figure from another story',
    ({ e }) => isOver(e) && e.dataset === 'gva' && (e.incidentsFound > 2 || Math.max(0, ...e.chars) > 5000),
  ],
  ['over: other', ({ e }) => isOver(e)],
  [
    'under: a claim had the gold figure, the estimate took a smaller one (sub-count, early toll)',
    ({ e, same }) => same.some((c) => point(c) === e.gold),
  ],
  [
    'under: the shooter\'s own death not added (GVA counts it: "before turning the gun on himself")',
    ({ e, text }) => e.outcome === 'killed' && SELF_INFLICTED.test(text),
  ],
  [
    'under: counts spread over clauses or sentences not added ("a man ... three others", "four more victims")',
    ({ text }) => ADDITIVE.test(text),
  ],
  [
    'under: a later death not added to the toll',
    ({ e, text }) => e.outcome === 'killed' && LATER_DEATH.test(text),
  ],
  ['under: other', () => true],
];

function isOver(e: GvaError | GvdbError): boolean {
  return e.kind === 'spurious' || e.kind === 'over';
}

export function categorizeError(e: ExternalError): string {
  if (e.dataset === 'polnear') return `attribution: ${e.kind}`;
  if (e.kind === 'crash') return 'crash';
  const main = e.claims.filter((c) => c.main);
  const same = main.filter((c) => c.outcome === e.outcome);
  const top = same.reduce<ClaimSummary | null>((m, c) => (m === null || point(c) > point(m) ? c : m), null);
  const context: Context = {
    e,
    same,
    top,
    otherOutcome: main.filter((c) => c.outcome !== e.outcome),
    text: e.snippets.join(' '),
  };
  const rule = RULES.find(([, applies]) => applies(context));
  return `${e.outcome}: ${rule?.[0] ?? 'other'}`;
}

export interface CategoryCount {
  readonly dataset: ExternalError['dataset'];
  readonly category: string;
  readonly count: number;
  readonly examples: readonly ExternalError[];
}

/** Categories per data set, largest first, each with up to `examples` records. */
export function countCategories(errors: readonly ExternalError[], examples = 2): CategoryCount[] {
  const groups = new Map<string, ExternalError[]>();
  for (const e of errors) {
    const key = `${e.dataset}\u0000${categorizeError(e)}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups]
    .map(([key, list]) => {
      const [dataset, category] = key.split('\u0000') as [ExternalError['dataset'], string];
      return { dataset, category, count: list.length, examples: spread(list, examples) };
    })
    .sort((a, b) => a.dataset.localeCompare(b.dataset) || b.count - a.count);
}

/** Examples from across the list, not just its head (which is one incident's two outcomes). */
function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);
}

export function exampleLine(e: ExternalError): string {
  if (e.dataset === 'polnear') {
    const what = e.value === null ? 'no claim' : `"${e.value}" ours ${e.predicted ?? '-'}`;
    return `${e.id}: ${what} / gold ${e.goldSource ?? '-'}: ${e.sentence.slice(0, 180)}`;
  }
  const top = e.claims.find((c) => c.main && c.outcome === e.outcome);
  const words = e.outcome === 'killed' ? DEATH : HARM;
  const where = top?.sentence ?? e.snippets.find((s) => words.test(s)) ?? e.snippets[0] ?? '(no text)';
  return `${e.id} gold ${e.gold} ours ${e.predicted}: ${where.slice(0, 180)}`;
}

export function formatCategories(errors: readonly ExternalError[], top = 10): string {
  const lines: string[] = ['Error categories (heuristic triage of the mismatches; read the examples):'];
  let dataset = '';
  let shown = 0;
  for (const c of countCategories(errors)) {
    if (c.dataset !== dataset) [dataset, shown] = [c.dataset, 0];
    if (shown++ >= top) continue;
    lines.push(`  ${c.dataset.padEnd(7)} ${String(c.count).padStart(4)}  ${c.category}`);
    for (const e of c.examples) lines.push(`                 e.g. ${exampleLine(e)}`);
  }
  return lines.join('\n');
}
