// Reports for the scale benchmark, made at run time from the real GVA dev articles (never copied into the repo):
// variant v of an article moves its years, renames its city, its people and every other name it tells (a
// capitalized word rare in English), in its text and its headline, and opens with a dateline of the new place and
// date, so each variant is a distinct text about a distinct incident with the article's own wording.
import type { SourceDocument } from '../model/document.js';
import { normalizeDocument } from '../ingest/normalize-document.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { termWeight } from '../reconcile/incident-terms.js';

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

/** Where the GVA dev articles are read from: $TRIANGULATE_SHARED, else ../shared, else /work/shared. */
export function gvaDevPath(): string {
  const shared = process.env.TRIANGULATE_SHARED ?? (existsSync('../shared') ? '../shared' : '/work/shared');
  return join(resolve(shared), 'eval/external/semeval2018-task5-gva/incidents-dev.jsonl');
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

/** Seen at most 200 times in the background's 51 million words (incident-terms.ts): a name, not a word. */
const RARE_WEIGHT = termWeight('\u0000') - Math.log(21);

function rareWord(w: string): boolean {
  return termWeight(w.toLowerCase()) >= RARE_WEIGHT;
}

/** Every name `s` tells (a capitalized word rare in English) replaced by its stand-in. */
export function renameRareNames(s: string, standIn: (name: string) => string): string {
  return s.replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, (w) => (rareWord(w) ? standIn(w) : w));
}

/** FNV-1a of a string's UTF-16 units: a name's stand-ins are drawn from it. */
export function fnv1a(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** Variant v's stand-in for a name: distinct per name and per variant, the same wherever the name is told. */
function renamedWord(w: string, v: number): string {
  return inventedWord(w, (fnv1a(w.toLowerCase()) % 10_007) * 1_000 + v);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Report n of the stream: article n mod A, variant floor(n / A), its years moved by v × `yearsPerVariant`. With 1
 * (the default) neighbouring variants overlap in time and keep their article's wording a year apart, which the
 * linking can read as one event told again; with 6 (the dev articles span 2013–2017, and no blocking key reaches
 * further than five years between dated incidents) variants follow each other and the reports per year stay level,
 * as in a feed.
 */
export function scaleReport(articles: readonly GvaArticle[], n: number, yearsPerVariant = 1): SourceDocument {
  const a = articles[n % articles.length]!;
  const v = Math.floor(n / articles.length);
  const shift = v * yearsPerVariant;
  const years = (s: string) => s.replace(/\b(19|20)\d{2}\b/g, (y) => String(Number(y) + shift));
  let text = years(a.text);
  let title = a.title === null ? null : years(a.title);
  let place = a.city ?? 'Springfield';
  if (v > 0) {
    // The city and GVA's people, then every other name (first names, people GVA does not list, neighbourhoods,
    // streets, venues): a capitalized word rare in English. Kept, the variants shared them and linked as one event
    // years apart.
    const swaps: [RegExp, string][] = [
      ...(a.city
        ? [[new RegExp(`\\b${escape(a.city)}\\b`, 'g'), inventedWord(a.city, v)] as [RegExp, string]]
        : []),
      ...a.names.map((name): [RegExp, string] => {
        const last = name.split(/\s+/).at(-1)!;
        return [new RegExp(`\\b${escape(last)}\\b`, 'g'), inventedWord(last, v + 7)];
      }),
    ];
    const rename = (s: string): string =>
      renameRareNames(
        swaps.reduce((out, [pattern, word]) => out.replace(pattern, word), s),
        (w) => renamedWord(w, v),
      );
    text = rename(text);
    title = title === null ? null : rename(title);
    place = inventedWord(place, v);
  }
  const published = a.published
    ? `${Number(a.published.slice(0, 4)) + shift}${a.published.slice(4)}`
    : `${2014 + shift}-06-01`;
  return normalizeDocument({
    id: `${a.id}-v${v}`,
    title,
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
