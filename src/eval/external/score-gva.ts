// Scorer 1 (issue 7): per-incident killed / wounded totals against the Gun Violence Archive's final figures.
import { analyzeDocuments } from '../../analyze.js';
import type { Analysis } from '../../model/analysis.js';
import type { SourceDocument } from '../../model/document.js';
import { normalizeDocument } from '../../ingest/normalize-document.js';
import {
  countsSource,
  scoreCounts,
  scoreIntervals,
  type CountPair,
  type CountScore,
  type IntervalItem,
  type IntervalScore,
} from './count-metrics.js';
import { applyLimit, errorMessage, externalPath, type ExternalOptions } from './external-data.js';
import {
  claimPoint,
  incidentTotal,
  pickMainIncident,
  usesEstimates,
  usesFallback,
  type CountedOutcome,
  type OutcomeTotal,
  type TotalSource,
} from './incident-totals.js';
import {
  countMismatches,
  describeClaims,
  mismatchKind,
  type ClaimSummary,
  type MismatchKind,
} from './mismatch.js';
import { readGva, type GvaIncident } from './read-gva.js';
import { harmSentences, mentionsNumber } from './text-snippets.js';
import { f2, f3, textTable } from './text-table.js';

export interface GvaOutcomeScore {
  readonly all: CountScore;
  readonly intervals: IntervalScore;
  readonly oneArticle: CountScore;
  readonly manyArticles: CountScore;
  readonly byGold: { readonly zero: CountScore; readonly one: CountScore; readonly more: CountScore };
  readonly sources: Readonly<Record<TotalSource, number>>;
  /** Non-zero predictions equal to the point value of a claim behind them (the figure has an evidence span). */
  readonly supported: number;
  readonly nonZero: number;
  /** Incidents with gold > 0 whose articles write the gold number (digits or a word up to twenty). */
  readonly goldStated: number;
  readonly goldNonZero: number;
  readonly mismatches: Readonly<Record<MismatchKind, number>>;
}

export interface GvaError {
  readonly dataset: 'gva';
  readonly id: string;
  readonly outcome: CountedOutcome;
  readonly kind: MismatchKind | 'crash';
  readonly gold: number;
  readonly predicted: number;
  readonly low: number;
  readonly high: number | null;
  readonly source: TotalSource;
  readonly articles: number;
  /** Text length of each article given to the analysis (empty ones left out). */
  readonly chars: readonly number[];
  /** Incidents the analysis found across the articles (several on one page: bundled stories or recalled ones). */
  readonly incidentsFound: number;
  readonly goldStated: boolean;
  readonly claims: readonly ClaimSummary[];
  readonly snippets: readonly string[];
  readonly message?: string;
}

export interface GvaResult {
  readonly incidents: number;
  readonly articles: number;
  /** Articles with no text (failed crawls): left out of the input, their incident still scored. */
  readonly emptyArticles: number;
  /** Incidents whose analysis threw (scored as 0 / 0). */
  readonly crashes: number;
  /** Incidents scored from reconciled estimates vs from the max-claim stand-in (claims but no estimates). */
  readonly fromEstimates: number;
  readonly fromFallback: number;
  /** Incidents with 2+ non-empty articles, and those whose main incident covers all of them (linking worked). */
  readonly multiArticle: number;
  readonly linkedAll: number;
  readonly killed: GvaOutcomeScore;
  readonly wounded: GvaOutcomeScore;
  readonly ms: number;
  readonly errors: readonly GvaError[];
}

interface Scored {
  readonly incident: GvaIncident;
  readonly documents: readonly SourceDocument[];
  readonly analysis: Analysis | null;
  readonly crash: string | null;
  readonly totals: Readonly<Record<CountedOutcome, OutcomeTotal>>;
  /** Articles the chosen main incident covers. */
  readonly covered: number;
}

const GOLD_KEY: Readonly<Record<CountedOutcome, 'killed' | 'injured'>> = {
  killed: 'killed',
  wounded: 'injured',
};

export function scoreGva(options: ExternalOptions = {}): GvaResult {
  const t0 = performance.now();
  const path = externalPath(options, 'semeval2018-task5-gva', 'incidents-dev.jsonl');
  const incidents = applyLimit(readGva(path), options.limit);
  const scored = incidents.map(scoreIncident);
  const articles = incidents.reduce((s, i) => s + i.articles.length, 0);
  const used = scored.reduce((s, x) => s + x.documents.length, 0);
  return {
    incidents: incidents.length,
    articles,
    emptyArticles: articles - used,
    crashes: scored.filter((s) => s.crash !== null).length,
    fromEstimates: scored.filter((s) => s.analysis !== null && usesEstimates(s.analysis)).length,
    fromFallback: scored.filter((s) => s.analysis !== null && usesFallback(s.analysis)).length,
    multiArticle: scored.filter((s) => s.documents.length > 1).length,
    linkedAll: scored.filter((s) => s.documents.length > 1 && s.covered === s.documents.length).length,
    killed: outcomeScore(scored, 'killed'),
    wounded: outcomeScore(scored, 'wounded'),
    ms: performance.now() - t0,
    errors: options.errors ? scored.flatMap((s) => errorsOf(s)) : [],
  };
}

function scoreIncident(incident: GvaIncident): Scored {
  const documents = incident.articles
    .filter((a) => a.text.trim() !== '')
    .map((a) =>
      normalizeDocument({ text: a.text, id: a.id, title: a.title, url: a.url, published: a.published }, a.id),
    );
  try {
    const analysis = analyzeDocuments(documents);
    const main = pickMainIncident(analysis);
    const totals = {
      killed: incidentTotal(analysis, main, 'killed', 'max-claim'),
      wounded: incidentTotal(analysis, main, 'wounded', 'max-claim'),
    };
    return { incident, documents, analysis, crash: null, totals, covered: main?.documents.length ?? 0 };
  } catch (e) {
    const zero: OutcomeTotal = { low: 0, best: 0, high: 0, source: 'none', claims: [] };
    return {
      incident,
      documents,
      analysis: null,
      crash: errorMessage(e),
      covered: 0,
      totals: { killed: zero, wounded: zero },
    };
  }
}

function outcomeScore(scored: readonly Scored[], outcome: CountedOutcome): GvaOutcomeScore {
  const pairOf = (s: Scored): CountPair => ({
    gold: s.incident[GOLD_KEY[outcome]],
    predicted: s.totals[outcome].best,
  });
  const counts = (f: (s: Scored) => boolean) => scoreCounts(scored.filter(f).map(pairOf));
  const intervals: IntervalItem[] = scored.map((s) => ({ ...s.totals[outcome], gold: pairOf(s).gold }));
  const sources: Record<TotalSource, number> = {
    estimate: 0,
    'max-claim': 0,
    'sum-of-group-max': 0,
    none: 0,
  };
  for (const s of scored) sources[s.totals[outcome].source]++;
  const nonZero = scored.filter((s) => s.totals[outcome].best > 0);
  const goldNonZero = scored.filter((s) => pairOf(s).gold > 0);
  return {
    all: counts(() => true),
    intervals: scoreIntervals(intervals),
    oneArticle: counts((s) => s.incident.articles.length === 1),
    manyArticles: counts((s) => s.incident.articles.length > 1),
    byGold: {
      zero: counts((s) => pairOf(s).gold === 0),
      one: counts((s) => pairOf(s).gold === 1),
      more: counts((s) => pairOf(s).gold > 1),
    },
    sources,
    supported: nonZero.filter((s) =>
      s.totals[outcome].claims.some((c) => claimPoint(c) === s.totals[outcome].best),
    ).length,
    nonZero: nonZero.length,
    goldStated: goldNonZero.filter((s) => goldStated(s, pairOf(s).gold)).length,
    goldNonZero: goldNonZero.length,
    mismatches: countMismatches(scored.map(pairOf)),
  };
}

function goldStated(s: Scored, gold: number): boolean {
  return s.documents.some((d) => mentionsNumber(d.text, gold));
}

function errorsOf(s: Scored): GvaError[] {
  const out: GvaError[] = [];
  for (const outcome of ['killed', 'wounded'] as const) {
    const gold = s.incident[GOLD_KEY[outcome]];
    const total = s.totals[outcome];
    if (s.crash === null && total.best === gold) continue;
    out.push({
      dataset: 'gva',
      id: s.incident.id,
      outcome,
      kind: s.crash !== null ? 'crash' : mismatchKind(gold, total.best),
      gold,
      predicted: total.best,
      low: total.low,
      high: total.high,
      source: total.source,
      articles: s.incident.articles.length,
      chars: s.documents.map((d) => d.text.length),
      incidentsFound: s.analysis?.incidents.length ?? 0,
      goldStated: gold > 0 && goldStated(s, gold),
      claims: s.analysis ? describeClaims(s.analysis, s.documents) : [],
      snippets: s.documents.flatMap((d) => harmSentences(d.text, 4)).slice(0, 10),
      ...(s.crash !== null ? { message: s.crash } : {}),
    });
  }
  return out;
}

export function formatGva(r: GvaResult): string {
  const mode = countsSource(r, "max claim per outcome over the main incident's claims");
  const outcomes = ['killed', 'wounded'] as const;
  const row = (name: string, f: (o: GvaOutcomeScore) => string) => [name, ...outcomes.map((k) => f(r[k]))];
  const vs = (x: number, zero: number, fmt = f3) => `${fmt(x)} (zero ${fmt(zero)})`;
  return [
    `GVA per-incident totals (semeval2018-task5-gva dev): ${r.incidents} incidents with gold, ${r.articles} articles ` +
      `(${r.emptyArticles} empty), ${(r.ms / 1000).toFixed(1)} s${r.crashes ? `, ${r.crashes} CRASHED` : ''}`,
    `  totals from: ${mode}; no figure = 0`,
    `  linking: the main incident covers all articles in ${r.linkedAll} of ${r.multiArticle} incidents with 2+ non-empty articles`,
    ...textTable([
      ['', ...outcomes],
      row('exact', (o) => vs(o.all.exact, o.all.zeroExact)),
      row('MAE', (o) => vs(o.all.mae, o.all.zeroMae, f2)),
      row('off by <= 1', (o) => f3(o.all.within1)),
      row(
        'coverage',
        (o) =>
          `${f3(o.intervals.coverage)} (width ${f2(o.intervals.meanWidth)}, ${o.intervals.unbounded} unbounded)`,
      ),
      row('abstain', (o) => f3(o.sources.none / Math.max(1, o.all.n))),
      row(`exact, 1 article (${r.killed.oneArticle.n})`, (o) =>
        vs(o.oneArticle.exact, o.oneArticle.zeroExact),
      ),
      row(`exact, 2+ articles (${r.killed.manyArticles.n})`, (o) =>
        vs(o.manyArticles.exact, o.manyArticles.zeroExact),
      ),
      row('exact by gold 0 / 1 / 2+', (o) =>
        [o.byGold.zero, o.byGold.one, o.byGold.more].map((c) => f3(c.exact)).join(' / '),
      ),
      row('supported by a claim', (o) => `${o.supported}/${o.nonZero}`),
      row('gold written in text', (o) => `${o.goldStated}/${o.goldNonZero}`),
      row('errors', (o) =>
        Object.entries(o.mismatches)
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
      ),
    ]),
    "  exact: best equals GVA's figure; (zero): the always-0 baseline; coverage: gold within low..high (null high =" +
      ' unbounded), width: mean high-low over bounded intervals; abstain: no figure for the outcome; supported: non-zero' +
      ' figures equal to the value of a claim behind them; gold written in text: gold > 0 and an article writes the number.',
  ].join('\n');
}
