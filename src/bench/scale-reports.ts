// Reports for the scale benchmark, made at run time from the real GVA dev articles (never copied into the repo):
// variant v of an article moves its years by v, renames its city and its people, and opens with a dateline of the
// new place and date, so each variant is a distinct text about a distinct incident with the article's own wording.
import type { SourceDocument } from '../model/document.js';
import { normalizeDocument } from '../ingest/normalize-document.js';
import { readFile } from 'node:fs/promises';

export interface GvaArticle {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
  /** The incident's city and its participants' names, as GVA records them: what a variant renames. */
  readonly city: string | null;
  readonly names: readonly string[];
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ro', 'ta', 've', 'su', 'ne', 'di', 'fa', 'go', 'pe'];

/** An invented word for variant v (v ≥ 1), distinct per v, ending like `base`. */
export function inventedWord(base: string, v: number): string {
  let word = '';
  for (let n = v; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word.charAt(0).toUpperCase() + word.slice(1) + base.slice(-2).toLowerCase();
}

export async function loadGvaArticles(path: string): Promise<GvaArticle[]> {
  const seen = new Set<string>();
  const out: GvaArticle[] = [];
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const incident = JSON.parse(line) as {
      city_or_county?: string;
      participants?: { name?: string }[];
      documents?: { doc_id: string; title?: string; dct?: string; text: string }[];
    };
    const names = (incident.participants ?? []).map((p) => p.name ?? '').filter((n) => n.length > 3);
    for (const d of incident.documents ?? []) {
      if (seen.has(d.doc_id) || d.text.trim() === '') continue;
      seen.add(d.doc_id);
      out.push({
        id: d.doc_id,
        title: d.title ?? null,
        published: d.dct ? d.dct.slice(0, 10) : null,
        text: d.text,
        city: incident.city_or_county ?? null,
        names,
      });
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Report n of the stream: article n mod A, variant floor(n / A), its years moved by v × `yearsPerVariant`. With 1
 * (the default) neighbouring variants overlap in time and keep their article's wording a year apart, which the
 * linking reads as one event told again (docs/scale.md: incidents of 100+ reports of one article's variants); with 6
 * (the dev articles span 2013–2017, and no blocking key reaches further than five years between dated incidents)
 * variants follow each other, the reports per year stay level and each variant is its own incident, as in a feed.
 */
export function scaleReport(articles: readonly GvaArticle[], n: number, yearsPerVariant = 1): SourceDocument {
  const a = articles[n % articles.length]!;
  const v = Math.floor(n / articles.length);
  const shift = v * yearsPerVariant;
  let text = a.text.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + shift));
  let place = a.city ?? 'Springfield';
  if (v > 0) {
    if (a.city) text = text.replace(new RegExp(`\\b${escape(a.city)}\\b`, 'g'), inventedWord(a.city, v));
    place = inventedWord(place, v);
    for (const name of a.names) {
      const last = name.split(/\s+/).at(-1)!;
      text = text.replace(new RegExp(`\\b${escape(last)}\\b`, 'g'), inventedWord(last, v + 7));
    }
  }
  const published = a.published
    ? `${Number(a.published.slice(0, 4)) + shift}${a.published.slice(4)}`
    : `${2014 + shift}-06-01`;
  return normalizeDocument({
    id: `${a.id}-v${v}`,
    title: a.title,
    published,
    text: `${place} (${published}) — ${text}`,
    source: `bench/${a.id}-v${v}`,
  });
}

export async function* scaleReports(
  articles: readonly GvaArticle[],
  from: number,
  count: number,
  yearsPerVariant = 1,
): AsyncGenerator<SourceDocument> {
  for (let n = from; n < from + count; n++) yield scaleReport(articles, n, yearsPerVariant);
}
