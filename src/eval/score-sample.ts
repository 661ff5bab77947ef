// Scores extraction against gold claims (shared/eval/README.md): one-to-one matching of number spans in the same
// document, then field accuracies over matched pairs and the B-cubed F1 of the incident clustering.
import type { Analysis } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';

export interface GoldClaim {
  readonly doc: string;
  readonly quote: string;
  readonly number_text: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string;
  readonly outcome: string;
  readonly group: string;
  readonly incident: string;
  readonly claimant: string;
  readonly claimant_kind: string;
}

export interface SampleScore {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly fields: Readonly<
    Record<'outcome' | 'group' | 'value' | 'claimant' | 'claimantKind' | 'qualifier', number>
  >;
  readonly incidentB3: number;
  readonly misses: readonly string[];
  readonly spurious: readonly string[];
  readonly wrong: readonly string[];
}

/** Gold spans resolved to offsets: the number inside the quote inside the document text. */
export function locateGold(
  gold: readonly GoldClaim[],
  texts: ReadonlyMap<string, string>,
): { g: GoldClaim; start: number; end: number }[] {
  return gold.map((g) => {
    const text = texts.get(g.doc) ?? '';
    const q = text.indexOf(g.quote);
    if (q < 0) throw new Error(`gold quote not found in ${g.doc}: "${g.quote}"`);
    const n = g.quote.search(
      new RegExp(
        `(?<![\\p{L}\\p{N}])${g.number_text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
        'u',
      ),
    );
    if (n < 0) throw new Error(`gold number "${g.number_text}" not in its quote "${g.quote}"`);
    return { g, start: q + n, end: q + n + g.number_text.length };
  });
}

export function scoreSample(
  result: Analysis,
  gold: readonly GoldClaim[],
  texts: ReadonlyMap<string, string>,
  docId: (file: string) => string,
): SampleScore {
  const located = locateGold(gold, texts);
  const docs = new Set(gold.map((g) => docId(g.doc)));
  const predicted = result.claims.filter((c) => docs.has(c.document));
  const used = new Set<Claim>();
  const pairs: { g: GoldClaim; c: Claim }[] = [];
  const misses: string[] = [];
  for (const { g, start, end } of located) {
    const c = predicted.find(
      (p) =>
        !used.has(p) &&
        p.document === docId(g.doc) &&
        p.evidence.numberStart < end &&
        start < p.evidence.numberEnd,
    );
    if (c) {
      used.add(c);
      pairs.push({ g, c });
    } else misses.push(`${g.doc.slice(0, 3)} "${g.number_text}" (${g.outcome}/${g.group}) in “${g.quote}”`);
  }
  const spurious = predicted
    .filter((c) => !used.has(c))
    .map(
      (c) =>
        `${c.document.slice(0, 3)} "${c.value.text}" ${c.outcome}/${c.group} in “${c.evidence.text.slice(0, 120)}”`,
    );
  const share = (ok: (p: { g: GoldClaim; c: Claim }) => boolean) =>
    pairs.length ? pairs.filter(ok).length / pairs.length : 0;
  const wrong = pairs
    .filter(
      ({ g, c }) =>
        g.outcome !== c.outcome ||
        g.group !== c.group ||
        g.claimant !== c.claimant.id ||
        g.low !== c.value.low ||
        g.high !== c.value.high,
    )
    .map(
      ({ g, c }) =>
        `${g.doc.slice(0, 3)} "${g.number_text}": gold ${g.outcome}/${g.group}/${g.low}..${g.high}/${g.claimant} — got ${c.outcome}/${c.group}/${c.value.low}..${c.value.high}/${c.claimant.id}`,
    );
  const precision = predicted.length ? pairs.length / predicted.length : 0;
  const recall = gold.length ? pairs.length / gold.length : 0;
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    fields: {
      outcome: share(({ g, c }) => g.outcome === c.outcome),
      group: share(({ g, c }) => g.group === c.group),
      value: share(({ g, c }) => g.low === c.value.low && g.high === c.value.high),
      qualifier: share(({ g, c }) => g.qualifier === c.value.qualifier),
      claimant: share(({ g, c }) => g.claimant === c.claimant.id),
      claimantKind: share(({ g, c }) => g.claimant_kind === c.claimant.kind),
    },
    incidentB3: bcubed(
      pairs.map(({ g, c }) => [g.incident === 'background' ? `bg` : `${g.incident}`, c.incident ?? 'bg']),
    ),
    misses,
    spurious,
    wrong,
  };
}

/** B-cubed F1 of a predicted clustering against a gold clustering, over the same items. */
export function bcubed(items: readonly (readonly [gold: string, predicted: string])[]): number {
  return bcubedScores(items).f1;
}

/** B-cubed precision, recall and F1 of a predicted clustering against a gold one, over the same items. */
export function bcubedScores(items: readonly (readonly [gold: string, predicted: string])[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const count = (key: (item: readonly [string, string]) => string) => {
    const n = new Map<string, number>();
    for (const item of items) n.set(key(item), (n.get(key(item)) ?? 0) + 1);
    return n;
  };
  const [gold, predicted, both] = [
    count(([g]) => g),
    count(([, c]) => c),
    count(([g, c]) => `${g}\u0000${c}`),
  ];
  let [p, r] = [0, 0];
  for (const [g, c] of items) {
    const shared = both.get(`${g}\u0000${c}`)!;
    p += shared / predicted.get(c)!;
    r += shared / gold.get(g)!;
  }
  [p, r] = [p / items.length, r / items.length];
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
