// Variant v of one extracted report, without extracting again: every string the extraction holds (text, labels,
// places, aliases, dates, quotes) has its years moved by v × `yearsPerVariant` (1 by default; with 6, past the dev
// articles' 2013–2017 span and the five-year reach of any blocking key, variants follow each other in time and the
// stream's reports per year stay level) and the article's city, its participants' last names and every other name
// it tells (a capitalized word rare in English, as the scale stream renames them: scale-reports.ts) replaced by
// invented words of the same length, so every offset still points at the same words. Kept, names told by no list
// (first names, streets, venues, a victim GVA does not record) tied the variants of one article years apart into one
// incident that grew with the stream.
import type { DocumentExtraction } from '../model/extraction.js';
import { fnv1a, renameRareNames, type GvaArticle } from './scale-reports.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** An invented word for variant v, as long as `base` (distinct per v while `base` has room for v's code). */
export function sameLengthWord(base: string, v: number): string {
  let code = '';
  for (let n = v; n > 0; n = Math.floor(n / LETTERS.length)) code += LETTERS[n % LETTERS.length];
  const word = (code + 'x' + base.toLowerCase()).slice(0, base.length);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Variant v's stand-in for a name, as long as it: letters drawn from a hash of the name and v, so two names of one
 * variant rarely meet in one stand-in (`sameLengthWord` keeps the name's first letters, and short names collide).
 */
export function hashedWord(base: string, v: number): string {
  let h = fnv1a(`${base.toLowerCase()}|${v}`);
  let word = '';
  for (let i = 0; i < base.length; i++) {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    word += LETTERS[(h >>> 0) % LETTERS.length];
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The string rewrite of variant v for one article; identity for v = 0. */
export function variantRewrite(article: GvaArticle, v: number, yearsPerVariant = 1): (s: string) => string {
  if (v === 0) return (s) => s;
  const words = [article.city ?? '', ...article.names.map((n) => n.split(/\s+/).at(-1) ?? '')]
    .filter((w) => w.length > 2)
    .map((w) => [new RegExp(`\\b${escape(w)}\\b`, 'g'), sameLengthWord(w, v)] as const);
  const docId = new RegExp(`\\b${escape(article.id)}-v0\\b`, 'g');
  return (s) => {
    let out = s
      .replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + v * yearsPerVariant))
      .replace(docId, `${article.id}-v${v}`);
    for (const [pattern, word] of words) out = out.replace(pattern, word);
    return renameRareNames(out, (w) => hashedWord(w, v));
  };
}

/** Every string of a JSON-like value rewritten; numbers (offsets, counts) and structure unchanged. */
function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((x) => mapStrings(x, f));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = mapStrings(x, f);
    return out;
  }
  return value;
}

export function variantOf(
  base: DocumentExtraction,
  article: GvaArticle,
  v: number,
  yearsPerVariant = 1,
): DocumentExtraction {
  if (v === 0) return base;
  const out = mapStrings(base, variantRewrite(article, v, yearsPerVariant)) as DocumentExtraction;
  if (out.document.text.length !== base.document.text.length)
    throw new Error(`bench linking: variant ${v} of ${base.document.id} changed the text's length`);
  return out;
}

/**
 * The order a stream takes the articles in: with variants that follow each other in time (`yearsPerVariant` above 1)
 * each variant's articles in the order of their dates (undated last), so any prefix holds the reports per year of the
 * whole stream, as a feed's first months do; otherwise the articles' own order.
 */
export function streamOrder(articles: readonly GvaArticle[], yearsPerVariant: number): number[] {
  const order = articles.map((_, i) => i);
  if (yearsPerVariant > 1)
    order.sort((p, q) => {
      const [a, b] = [articles[p]!.published ?? '9999', articles[q]!.published ?? '9999'];
      return a < b ? -1 : a > b ? 1 : p - q;
    });
  return order;
}

/**
 * Variants a bench warms the JIT on: this far past the timed ones, so warming reads none of their names, places or
 * years. Linking and reconciling keep memos keyed by strings (name keys, place words, background counts); warmed on
 * the timed reports themselves, a small batch found its own strings there and timed as if read before.
 */
export const WARM_UP_VARIANTS = 1_000;

/**
 * Reports 0 … size-1 of the stream (article `order[n mod A]`, variant floor(n / A)), each variant `skip` variants
 * on: the same articles at the same reports per year, with other names and years.
 */
export function streamSlice(
  articles: readonly GvaArticle[],
  base: readonly DocumentExtraction[],
  size: number,
  yearsPerVariant: number,
  skip = 0,
): DocumentExtraction[] {
  const order = streamOrder(articles, yearsPerVariant);
  const out: DocumentExtraction[] = [];
  for (let n = 0; n < size; n++) {
    const { article: i, variant } = streamAt(order, n, skip);
    out.push(freshCopy(variantOf(base[i]!, articles[i]!, variant, yearsPerVariant)));
  }
  return out;
}

/** Report n of a stream in `order` (`streamOrder`): article `order[n mod A]`, variant floor(n / A) + `skip`. */
export function streamAt(
  order: readonly number[],
  n: number,
  skip = 0,
): { article: number; variant: number } {
  return { article: order[n % order.length]!, variant: Math.floor(n / order.length) + skip };
}

/**
 * The same report as new objects. Linking keeps what it reads of a report (its nodes, its lowered text) by the
 * extraction and document objects, so a bench that reconciles objects it reconciled before times only the pairs,
 * not the reading a new batch pays for.
 */
export function freshCopy(report: DocumentExtraction): DocumentExtraction {
  return { ...report, document: { ...report.document } };
}
