// What a news page says about itself in <meta> tags and JSON-LD: title, byline, outlet, publication date.
// Read before Readability runs, because Readability rewrites the document.
// Only publication dates count: `article:modified_time`, `dateModified` and the like are deliberately ignored.

export interface PageMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  /** As the page writes it (ISO 8601 mostly); the caller turns it into YYYY-MM-DD. */
  readonly published: string | null;
  readonly canonicalUrl: string | null;
}

interface Element {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface Queryable {
  querySelectorAll(selector: string): ArrayLike<Element>;
  querySelector(selector: string): Element | null;
}

// In order of trust: the Open Graph / article namespace, then the big publishing platforms, then Dublin Core.
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'date',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'headline'];
const BYLINE_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'];
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|TechArticle|ScholarlyArticle|Report|WebPage)$/;
/** `<![CDATA[ … ]]>` around a JSON-LD block (19 of 25 pages with JSON-LD in the web-pages set) hides the JSON. */
function withoutCdata(text: string): string {
  return text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
}

export function readMetadata(document: Queryable): PageMetadata {
  const meta = metaTags(document);
  const ld = articleJsonLd(document);
  const first = (keys: readonly string[]): string | null =>
    keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '') ?? null;
  const time = document.querySelector('time[pubdate], [itemprop="datePublished"]');
  return {
    title: first(TITLE_KEYS) ?? str(ld?.headline) ?? str(ld?.name),
    byline: personName(ld?.author) ?? notUrl(first(BYLINE_KEYS)),
    outlet: first(OUTLET_KEYS.slice(0, 2)) ?? personName(ld?.publisher) ?? first(OUTLET_KEYS.slice(2)),
    published:
      str(ld?.datePublished) ??
      first(PUBLISHED_KEYS) ??
      time?.getAttribute('datetime') ??
      time?.getAttribute('content') ??
      str(ld?.dateCreated),
    canonicalUrl:
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? null,
  };
}

/** name=, property= and itemprop= of every <meta>, lower-cased; the first occurrence wins. */
function metaTags(document: Queryable): Map<string, string> {
  const map = new Map<string, string>();
  const tags = document.querySelectorAll('meta');
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as Element;
    const content = (tag.getAttribute('content') ?? '').trim();
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = tag.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

type Json = Record<string, unknown>;

/** The article object among all JSON-LD blocks (arrays and @graph flattened); malformed blocks are skipped. */
function articleJsonLd(document: Queryable): Json | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  const found: Json[] = [];
  for (let i = 0; i < scripts.length; i++) {
    try {
      collect(JSON.parse(withoutCdata((scripts[i] as Element).textContent ?? '')), found);
    } catch {
      // Pages ship broken JSON-LD often enough; the meta tags still stand.
    }
  }
  const typed = (t: RegExp): Json | undefined =>
    found.find((o) => [o['@type']].flat().some((x) => typeof x === 'string' && t.test(x)));
  return typed(/Article|Posting|Report/) ?? typed(ARTICLE_TYPES) ?? null;
}

function collect(value: unknown, into: Json[]): void {
  if (Array.isArray(value)) return value.forEach((v) => collect(v, into));
  if (typeof value !== 'object' || value === null) return;
  into.push(value as Json);
  collect((value as Json)['@graph'], into);
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function personName(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(personName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (typeof v === 'string') return notUrl(str(v));
  if (typeof v === 'object' && v !== null) return str((v as Json).name);
  return null;
}

function notUrl(v: string | null): string | null {
  return v && /^https?:\/\//i.test(v) ? null : v;
}
