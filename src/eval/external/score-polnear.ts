// Scorer 3 (issue 7): who asserts each figure. Claimant (source) and cue spans against PolNeAR's attributions
// whose content holds a number.
import { analyzeDocuments } from '../../analyze.js';
import type { Claim } from '../../model/claim.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import { applyLimit, errorMessage, externalPath, type ExternalOptions } from './external-data.js';
import { readPolnear, type Attribution, type BratSpan, type PolnearArticle } from './read-polnear.js';
import { locatePhrase, spanOverlaps, type Range } from './span-overlap.js';
import { sentenceAt } from './text-snippets.js';
import { f3 } from './text-table.js';

export interface SpanScore {
  /** Claims whose span matches, of the claims that have a span. */
  readonly correct: number;
  readonly predicted: number;
  /** Gold attributions matched by some claim, of those with a gold span of this role. */
  readonly hit: number;
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Gold attributions with at least one claim's number in their content, and recall over just those. */
  readonly reached: number;
  readonly reachedRecall: number;
}

export interface PolnearResult {
  readonly articles: number;
  readonly crashes: number;
  readonly claims: number;
  /** Gold attributions whose content holds a number (and those that also have a source). */
  readonly numberAttributions: number;
  readonly withSource: number;
  /** Claims whose number lies inside some attribution's content. */
  readonly claimsInContent: number;
  readonly source: SpanScore;
  /** null when no claim carries a cue span (provenance.cue). */
  readonly cue: SpanScore | null;
  /** How claimant spans were found: carried by the claim (provenance.claimantSpan), or by searching claimantText. */
  readonly spansCarried: number;
  readonly spansSearched: number;
  readonly ms: number;
  readonly errors: readonly PolnearError[];
}

export interface PolnearError {
  readonly dataset: 'polnear';
  readonly id: string;
  readonly kind: 'wrong-source' | 'spurious-source' | 'missing-source' | 'unreached';
  readonly value: string | null;
  readonly predicted: string | null;
  readonly goldSource: string | null;
  readonly goldCue: string | null;
  readonly sentence: string;
}

/** Digits or number words; "one" is left out, it is mostly a pronoun ("one of the …"). */
const NUMBER =
  /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/i;

export interface Judged {
  readonly claim: Claim;
  readonly attribution: Attribution | null;
  readonly source: Range | null;
  readonly cue: Range | null;
  readonly carried: boolean;
}

export interface ArticleScore {
  readonly article: PolnearArticle;
  readonly gold: readonly Attribution[];
  readonly judged: readonly Judged[];
  readonly crash: string | null;
}

export function scorePolnear(options: ExternalOptions = {}): PolnearResult {
  const t0 = performance.now();
  const dir = externalPath(options, 'polnear-attribution', 'dev');
  const meta = externalPath(options, 'polnear-attribution', 'metadata.tsv');
  const scored = applyLimit(readPolnear(dir, meta), options.limit).map(scoreArticle);
  const judged = scored.flatMap((s) => s.judged);
  const gold = scored.flatMap((s) => s.gold);
  const hasCue = judged.some((j) => j.cue !== null);
  return {
    articles: scored.length,
    crashes: scored.filter((s) => s.crash !== null).length,
    claims: judged.length,
    numberAttributions: gold.length,
    withSource: gold.filter((a) => a.sources.length > 0).length,
    claimsInContent: judged.filter((j) => j.attribution !== null).length,
    source: spanScore(scored, 'sources', (j) => j.source),
    cue: hasCue ? spanScore(scored, 'cues', (j) => j.cue) : null,
    spansCarried: judged.filter((j) => j.source !== null && j.carried).length,
    spansSearched: judged.filter((j) => j.source !== null && !j.carried).length,
    ms: performance.now() - t0,
    errors: options.errors ? scored.flatMap(errorsOf) : [],
  };
}

function scoreArticle(article: PolnearArticle): ArticleScore {
  const doc = normalizeDocument({ text: article.text, id: article.name, published: article.published });
  try {
    return judgeArticle(article, analyzeDocuments([doc]).claims);
  } catch (e) {
    return judgeArticle(article, [], errorMessage(e));
  }
}

/** Pairs each claim with the attribution holding its number; the gold set is the number-bearing attributions. */
export function judgeArticle(
  article: PolnearArticle,
  claims: readonly Claim[],
  crash: string | null = null,
): ArticleScore {
  const judged = claims.map((claim) => judge(claim, article));
  const reachedIds = new Set(judged.flatMap((j) => (j.attribution ? [j.attribution.id] : [])));
  const gold = article.attributions.filter(
    (a) => reachedIds.has(a.id) || a.contents.some((c) => NUMBER.test(c.text)),
  );
  return { article, gold, judged, crash };
}

/** The innermost attribution whose content holds the claim's number, and the claim's source and cue spans. */
export function judge(claim: Claim, article: PolnearArticle): Judged {
  const number: Range = [claim.evidence.numberStart, claim.evidence.numberEnd];
  const holding = article.attributions.filter((a) => a.contents.some((c) => spanOverlaps(c, number)));
  const size = (a: Attribution) => a.contents.reduce((s, c) => s + c.text.length, 0);
  const attribution = holding.reduce<Attribution | null>(
    (m, a) => (m === null || size(a) < size(m) ? a : m),
    null,
  );
  const p = claim.provenance;
  const sentence: Range = [claim.evidence.start, claim.evidence.end];
  const stated = claim.claimant.kind !== 'author' && p.claimantText !== null && p.claimantText.trim() !== '';
  // Claims carry claimantSpan / cue offsets; older ones only the words, which are searched for.
  const carried = p.claimantSpan != null;
  const source: Range | null = !stated
    ? null
    : p.claimantSpan
      ? [p.claimantSpan.start, p.claimantSpan.end]
      : locatePhrase(article.text, p.claimantText ?? '', sentence, number[0]);
  const cue: Range | null = p.cue ? [p.cue.start, p.cue.end] : null;
  return { claim, attribution, source, cue, carried };
}

/**
 * Precision over claims that name a source (or cue): the span overlaps one of the gold spans of the attribution
 * holding the number. Recall over number attributions with such a gold span: some claim inside it matches.
 */
export function spanScore(
  scored: readonly ArticleScore[],
  role: 'sources' | 'cues',
  spanOf: (j: Judged) => Range | null,
): SpanScore {
  const matches = (j: Judged) => {
    const span = spanOf(j);
    return span !== null && j.attribution !== null && j.attribution[role].some((g) => spanOverlaps(g, span));
  };
  const judged = scored.flatMap((s) => s.judged);
  const predicted = judged.filter((j) => spanOf(j) !== null).length;
  const correct = judged.filter(matches).length;
  const gold = scored.flatMap((s) => s.gold.filter((a) => a[role].length > 0));
  const found = new Set(judged.filter(matches).map((j) => j.attribution));
  const hit = gold.filter((a) => found.has(a)).length;
  const reached = gold.filter((a) => judged.some((j) => j.attribution === a)).length;
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold.length === 0 ? 0 : hit / gold.length;
  return {
    correct,
    predicted,
    hit,
    gold: gold.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    reached,
    reachedRecall: reached === 0 ? 0 : hit / reached,
  };
}

function errorsOf(s: ArticleScore): PolnearError[] {
  const text = s.article.text;
  const first = (spans: readonly BratSpan[]) => spans[0]?.text ?? null;
  const out: PolnearError[] = s.judged.flatMap((j): PolnearError[] => {
    const gold = j.attribution?.sources ?? [];
    const span = j.source;
    const kind =
      span === null
        ? gold.length > 0
          ? 'missing-source'
          : null
        : gold.length === 0
          ? 'spurious-source'
          : gold.some((g) => spanOverlaps(g, span))
            ? null
            : 'wrong-source';
    if (kind === null) return [];
    return [
      {
        dataset: 'polnear',
        id: s.article.name,
        kind,
        value: j.claim.value.text,
        predicted: span === null ? null : text.slice(span[0], span[1]),
        goldSource: first(gold),
        goldCue: first(j.attribution?.cues ?? []),
        sentence: sentenceAt(text, j.claim.evidence.numberStart, j.claim.evidence.numberEnd),
      },
    ];
  });
  const reached = new Set(s.judged.map((j) => j.attribution));
  for (const a of s.gold) {
    if (reached.has(a) || a.sources.length === 0) continue;
    const content = a.contents[0];
    out.push({
      dataset: 'polnear',
      id: s.article.name,
      kind: 'unreached',
      value: null,
      predicted: null,
      goldSource: first(a.sources),
      goldCue: first(a.cues),
      sentence: content ? sentenceAt(text, content.fragments[0]?.[0] ?? 0, content.fragments[0]?.[1]) : '',
    });
  }
  return out;
}

function formatSpan(name: string, s: SpanScore | null): string {
  if (s === null) return `  ${name.padEnd(7)} n/a: claims carry no cue span (provenance.cue)`;
  return (
    `  ${name.padEnd(7)} P ${f3(s.precision)} (${s.correct}/${s.predicted} claims)  R ${f3(s.recall)} (${s.hit}/${s.gold} attributions)` +
    `  F1 ${f3(s.f1)}  R over reached ${f3(s.reachedRecall)} (${s.hit}/${s.reached})`
  );
}

export function formatPolnear(r: PolnearResult): string {
  return [
    `PolNeAR attribution (polnear-attribution dev): ${r.articles} articles, ${r.claims} claims, ${(r.ms / 1000).toFixed(1)} s` +
      (r.crashes ? `, ${r.crashes} CRASHED` : ''),
    `  ${r.numberAttributions} attributions with a number in their content (${r.withSource} with a source);` +
      ` ${r.claimsInContent} claims have their number inside an attribution's content`,
    formatSpan('source', r.source),
    formatSpan('cue', r.cue),
    `  claimant spans: ${r.spansCarried} carried by the claim, ${r.spansSearched} found by searching claimantText` +
      ' (in the evidence sentence, else nearest before the number)',
    '  A claim matches when its span shares a character with a gold span of the innermost attribution whose content' +
      ' holds its number. P: over claims naming a source (kind not author); R: over number attributions with a source,' +
      ' hit when some claim inside matches; "reached": attributions holding at least one claim\'s number.',
  ].join('\n');
}
