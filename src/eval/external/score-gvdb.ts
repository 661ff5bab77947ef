// Scorer 2 (issue 7): per-article killed / wounded counts against the victims GVDB's annotators listed.
import { analyzeDocuments } from '../../analyze.js';
import type { Analysis } from '../../model/analysis.js';
import type { SourceDocument } from '../../model/document.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import {
  countsSource,
  multisetPrecisionRecall,
  scoreCounts,
  type CountPair,
  type CountScore,
  type PrecisionRecall,
} from './count-metrics.js';
import { applyLimit, errorMessage, externalPath, type ExternalOptions } from './external-data.js';
import {
  incidentTotal,
  pickMainIncident,
  usesEstimates,
  usesFallback,
  type CountedOutcome,
  type OutcomeTotal,
} from './incident-totals.js';
import {
  countMismatches,
  describeClaims,
  mismatchKind,
  type ClaimSummary,
  type MismatchKind,
} from './mismatch.js';
import { gvdbGold, readGvdb, type GvdbArticle } from './read-gvdb.js';
import { harmSentences, sentenceAt } from './text-snippets.js';
import { f2, f3, textTable } from './text-table.js';

export interface GvdbOutcomeScore {
  readonly counts: CountScore;
  readonly victims: PrecisionRecall;
  /** Articles where the system says more than the annotator listed (not always wrong: gold is a lower bound). */
  readonly over: number;
  readonly mismatches: Readonly<Record<MismatchKind, number>>;
}

export interface GvdbResult {
  readonly articles: number;
  readonly crashes: number;
  readonly fromEstimates: number;
  readonly fromFallback: number;
  readonly killed: GvdbOutcomeScore;
  readonly wounded: GvdbOutcomeScore;
  /** Articles where both counts are exact, and the always-zero baseline of that. */
  readonly bothExact: number;
  readonly bothExactZero: number;
  readonly ms: number;
  readonly errors: readonly GvdbError[];
}

export interface GvdbError {
  readonly dataset: 'gvdb';
  readonly id: string;
  readonly outcome: CountedOutcome;
  readonly kind: MismatchKind | 'crash';
  readonly gold: number;
  readonly predicted: number;
  readonly title: string;
  readonly victims: readonly {
    readonly who: string;
    readonly was: string;
    readonly sentence: string | null;
  }[];
  readonly claims: readonly ClaimSummary[];
  readonly snippets: readonly string[];
  readonly message?: string;
}

interface Scored {
  readonly article: GvdbArticle;
  readonly document: SourceDocument;
  readonly analysis: Analysis | null;
  readonly crash: string | null;
  readonly gold: Readonly<Record<CountedOutcome, number>>;
  readonly totals: Readonly<Record<CountedOutcome, OutcomeTotal>>;
}

export function scoreGvdb(options: ExternalOptions = {}): GvdbResult {
  const t0 = performance.now();
  const articles = applyLimit(readGvdb(externalPath(options, 'gvdb-pavlick2016', 'dev.tsv')), options.limit);
  const scored = articles.map(scoreArticle);
  const both = (f: (s: Scored, o: CountedOutcome) => boolean) =>
    scored.filter((s) => f(s, 'killed') && f(s, 'wounded')).length;
  return {
    articles: scored.length,
    crashes: scored.filter((s) => s.crash !== null).length,
    fromEstimates: scored.filter((s) => s.analysis !== null && usesEstimates(s.analysis)).length,
    fromFallback: scored.filter((s) => s.analysis !== null && usesFallback(s.analysis)).length,
    killed: outcomeScore(scored, 'killed'),
    wounded: outcomeScore(scored, 'wounded'),
    bothExact: both((s, o) => s.totals[o].best === s.gold[o]),
    bothExactZero: both((s, o) => s.gold[o] === 0),
    ms: performance.now() - t0,
    errors: options.errors ? scored.flatMap(errorsOf) : [],
  };
}

function scoreArticle(article: GvdbArticle): Scored {
  const document = normalizeDocument({ text: article.text, id: `gvdb-${article.id}`, title: article.title });
  const gold = gvdbGold(article);
  try {
    const analysis = analyzeDocuments([document]);
    const main = pickMainIncident(analysis);
    const totals = {
      killed: incidentTotal(analysis, main, 'killed', 'sum-of-group-max'),
      wounded: incidentTotal(analysis, main, 'wounded', 'sum-of-group-max'),
    };
    return { article, document, analysis, crash: null, gold, totals };
  } catch (e) {
    const zero: OutcomeTotal = { low: 0, best: 0, high: 0, source: 'none', claims: [] };
    return {
      article,
      document,
      analysis: null,
      crash: errorMessage(e),
      gold,
      totals: { killed: zero, wounded: zero },
    };
  }
}

function outcomeScore(scored: readonly Scored[], outcome: CountedOutcome): GvdbOutcomeScore {
  const pairs: CountPair[] = scored.map((s) => ({
    gold: s.gold[outcome],
    predicted: s.totals[outcome].best,
  }));
  return {
    counts: scoreCounts(pairs),
    victims: multisetPrecisionRecall(pairs),
    over: pairs.filter((p) => p.predicted > p.gold).length,
    mismatches: countMismatches(pairs),
  };
}

function errorsOf(s: Scored): GvdbError[] {
  const out: GvdbError[] = [];
  for (const outcome of ['killed', 'wounded'] as const) {
    const gold = s.gold[outcome];
    const predicted = s.totals[outcome].best;
    if (s.crash === null && predicted === gold) continue;
    out.push({
      dataset: 'gvdb',
      id: s.article.id,
      outcome,
      kind: s.crash !== null ? 'crash' : mismatchKind(gold, predicted),
      gold,
      predicted,
      title: s.article.title,
      victims: s.article.victims.map((v) => ({
        who: [v.name, v.age].filter(Boolean).join(', ') || '(unnamed)',
        was: v.was.join('+') || '(none)',
        sentence: v.start === null ? null : sentenceAt(s.document.text, v.start, v.end ?? v.start),
      })),
      claims: s.analysis ? describeClaims(s.analysis, [s.document]) : [],
      snippets: harmSentences(s.document.text, 6),
      ...(s.crash !== null ? { message: s.crash } : {}),
    });
  }
  return out;
}

export function formatGvdb(r: GvdbResult): string {
  const source = countsSource(r, 'per group the largest claim, summed over groups, main incident only');
  const outcomes = ['killed', 'wounded'] as const;
  const row = (name: string, f: (o: GvdbOutcomeScore) => string) => [name, ...outcomes.map((k) => f(r[k]))];
  return [
    `GVDB victims (gvdb-pavlick2016 dev): ${r.articles} articles, ${(r.ms / 1000).toFixed(1)} s${r.crashes ? `, ${r.crashes} CRASHED` : ''}`,
    `  counts from: ${source}`,
    ...textTable([
      ['', ...outcomes],
      row('victims P / R / F1', (o) =>
        [o.victims.precision, o.victims.recall, o.victims.f1].map(f3).join(' / '),
      ),
      row('victims ours / gold', (o) => `${o.victims.predicted} / ${o.victims.gold}`),
      row('exact per article', (o) => `${f3(o.counts.exact)} (zero ${f3(o.counts.zeroExact)})`),
      row('MAE', (o) => `${f2(o.counts.mae)} (zero ${f2(o.counts.zeroMae)})`),
      row('off by <= 1', (o) => f3(o.counts.within1)),
      row('articles above gold', (o) => String(o.over)),
      row('errors', (o) =>
        Object.entries(o.mismatches)
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
      ),
    ]),
    `  both exact: ${f3(r.bothExact / Math.max(1, r.articles))} (zero ${f3(r.bothExactZero / Math.max(1, r.articles))})`,
    '  Counts as multisets of victims: per article tp = min(ours, gold), P = sum tp / sum ours, R = sum tp / sum gold.' +
      ' Gold killed = victims marked killed; gold wounded = victims marked injured or hospitalized and not killed.' +
      ' GVDB lists the victims a worker could identify, so gold is a lower bound ("articles above gold").',
  ].join('\n');
}
