// A news page in, the article out: Readability finds the body, our own walker turns it into text with one
// paragraph a line, and the page's own metadata supplies title, byline, outlet and publication date.
// When Readability finds nothing (short pages, fragments, odd markup) a plain clean-up of the page is used.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TriangulateError } from '../model/triangulate-error.js';
import { markupDepth, treeDepth } from './html-depth.js';
import { readMetadata } from './html-metadata.js';
import { htmlToText } from './html-to-text.js';

export interface ExtractedPage {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  /** As the page writes it; normalizeDocument turns it into YYYY-MM-DD. */
  readonly published: string | null;
  readonly canonicalUrl: string | null;
  /** Which path produced the text: Readability, or the fallback clean-up. */
  readonly method: 'readability' | 'fallback';
}

type Doc = ReturnType<typeof parseHTML>['document'];

// Below this many characters Readability's pick is distrusted and the whole cleaned page is read instead.
const MIN_ARTICLE_CHARS = 80;
// Readability's cost grows steeply with depth (300 levels: ~1 s, 1,000: ~13 s); deeper pages use the fallback.
const READABILITY_MAX_DEPTH = 120;
// Beyond this the page is refused before parsing: linkedom itself overflows its stack near 3,000.
const PARSE_MAX_DEPTH = 1500;

export function extractHtml(html: string, source = 'page'): ExtractedPage {
  const document = parse(html, source);
  const meta = readMetadata(document as unknown as Parameters<typeof readMetadata>[0]);
  const pageTitle = document.title?.trim() || null;
  const prepare = (doc: Doc): Doc => {
    removeClutter(doc);
    removeHeadline(doc, [meta.title, pageTitle]);
    return doc;
  };
  const deep = treeDepth(document as unknown as Parameters<typeof treeDepth>[0]) > READABILITY_MAX_DEPTH;
  const article = deep ? null : readable(prepare(document));
  let text = article?.text ?? '';
  let method: ExtractedPage['method'] = 'readability';
  if (text.length < MIN_ARTICLE_CHARS) {
    // Readability rewrote the first tree; the fallback reads a fresh one.
    const cleaned = mainText(prepare(deep ? document : parse(html, source)));
    if (cleaned.length > text.length) [text, method] = [cleaned, 'fallback'];
  }
  if (text.trim() === '') throw new TriangulateError('empty', `${source}: no article text found in the page`);
  return {
    text,
    // Readability's title is the page's headline without the site's suffix (` - Daily Herald`), and its site
    // name prefers JSON-LD and og:site_name over handles; our own reading backs both up when it finds none.
    title: article?.title ?? meta.title ?? pageTitle,
    byline: meta.byline ?? article?.byline ?? null,
    outlet: outletName(article?.siteName ?? null, meta.outlet),
    published: meta.published ?? article?.publishedTime ?? null,
    canonicalUrl: meta.canonicalUrl,
    method,
  };
}

function parse(html: string, source: string): Doc {
  const depth = markupDepth(html);
  if (depth > PARSE_MAX_DEPTH) {
    throw new TriangulateError(
      'bad_input',
      `${source}: elements nested ${depth} deep; this is not a readable page`,
    );
  }
  try {
    return parseHTML(withBody(html)).document;
  } catch (e) {
    throw new TriangulateError(
      'bad_input',
      `${source}: the HTML could not be parsed (${(e as Error).message})`,
    );
  }
}

/**
 * linkedom builds a usable document only from `<html>…<body>`: fragments (feed content, CSV cells) get a shell,
 * and a page without <body> gets one opened after its head, or its content would sit outside document.body.
 */
function withBody(html: string): string {
  if (!/<html[\s>]/i.test(html.slice(0, 65536))) return `<!doctype html><html><body>${html}</body></html>`;
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (!headEnd) return html.replace(/<html[^>]*>/i, (tag) => `${tag}<body>`);
  const at = headEnd.index + headEnd[0].length;
  return `${html.slice(0, at)}<body>${html.slice(at)}`;
}

interface Article {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
}

/** An outlet's name over a social-media handle (`@newsdesk`); a handle alone loses its `@`. */
function outletName(reader: string | null, page: string | null): string | null {
  const handle = (v: string | null) => v !== null && /^@\w+$/.test(v);
  if (reader && !handle(reader)) return reader;
  if (page && !handle(page)) return page;
  return (reader ?? page)?.replace(/^@/, '') ?? null;
}

function readable(document: Doc): Article | null {
  try {
    const result = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
    }).parse();
    if (!result?.content) return null;
    return {
      text: htmlToText(result.content as unknown as Parameters<typeof htmlToText>[0]),
      title: result.title?.trim() || null,
      byline: result.byline?.trim() || null,
      siteName: result.siteName?.trim() || null,
      publishedTime: result.publishedTime?.trim() || null,
    };
  } catch {
    return null; // Readability throws on some malformed trees; the fallback reads them.
  }
}

// <form> is not here: ASP.NET pages wrap the whole page in one; its controls are removed one by one instead.
const JUNK_TAGS =
  'script,style,noscript,template,svg,iframe,button,select,input,textarea,nav,header,footer,aside,' +
  '[role="navigation"],[role="banner"],[role="contentinfo"],[role="complementary"],[aria-hidden="true"],[hidden]';
// Bylines and datelines too: Readability keeps them in the text when the page's metadata already named the author.
const JUNK_NAMES =
  /(^|[\s_-])(ads?|advert\w*|banner|sponsor\w*|promo\w*|cookie\w*|comments?|share|social|related|newsletter|subscribe|sidebar|menu|breadcrumbs?|popup|modal|byline|dateline|author\w*|timestamp)($|[\s_-])/i;
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Removes navigation, ads, forms and scripts before Readability scores the page (its own filters miss classes
 * like `ad-container` inside the story). An element *named* like clutter but holding over half the page's text
 * is kept, so a `<div class="has-sidebar">` wrapping the whole page does not take the article with it.
 */
function removeClutter(document: Doc): void {
  // JSON-LD stays: Readability reads the page's own title, outlet and date from it.
  for (const el of [...document.querySelectorAll(JUNK_TAGS)]) {
    if (el.tagName !== 'SCRIPT' || el.getAttribute('type') !== 'application/ld+json') el.remove();
  }
  const pageChars = document.body?.textContent?.length ?? 0;
  const named = [...document.querySelectorAll('[class],[id]')].filter((el) =>
    JUNK_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
  );
  for (const el of named) {
    if (NEVER_REMOVED.has(el.tagName) || !el.isConnected) continue;
    if ((el.textContent?.length ?? 0) > pageChars / 2) continue;
    el.remove();
  }
}

/**
 * The headline is the document's title, not part of its text: Readability drops it only when it matches the
 * <title> closely, which fails for one-word headlines ("Blast | Daily Example").
 */
function removeHeadline(document: Doc, titles: readonly (string | null)[]): void {
  const words = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const known = titles.map(words).filter((t) => t !== '');
  for (const h1 of [...document.querySelectorAll('h1')]) {
    const heading = words(h1.textContent);
    if (heading !== '' && known.some((t) => t === heading || t.startsWith(`${heading} `))) h1.remove();
  }
}

/** The text of a cleaned page: the article or main element if there is one, else the body. */
function mainText(document: Doc): string {
  const root =
    document.querySelector('article') ??
    document.querySelector('main') ??
    document.querySelector('[role="main"]') ??
    document.body ??
    document.documentElement;
  return root ? htmlToText(root as unknown as Parameters<typeof htmlToText>[0]) : '';
}
