// A news page in, the article out: Readability finds the body, our own walker turns it into text with one
// paragraph a line, and the page's own metadata supplies title, byline, outlet and publication date.
// When Readability finds nothing (short pages, fragments, odd markup) a plain clean-up of the page is used.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TriangulateError } from '../model/triangulate-error.js';
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

export function extractHtml(html: string, source = 'page'): ExtractedPage {
  const document = parse(html, source);
  const meta = readMetadata(document as unknown as Parameters<typeof readMetadata>[0]);
  removeClutter(document);
  const article = readable(document);
  const fallback = (): string => cleanPageText(parse(html, source));
  let text = article?.text ?? '';
  let method: ExtractedPage['method'] = 'readability';
  if (text.length < MIN_ARTICLE_CHARS) {
    const cleaned = fallback();
    if (cleaned.length > text.length) [text, method] = [cleaned, 'fallback'];
  }
  if (text.trim() === '') throw new TriangulateError('empty', `${source}: no article text found in the page`);
  return {
    text,
    title: meta.title ?? article?.title ?? (document.title?.trim() || null),
    byline: meta.byline ?? article?.byline ?? null,
    outlet: meta.outlet ?? article?.siteName ?? null,
    published: meta.published ?? article?.publishedTime ?? null,
    canonicalUrl: meta.canonicalUrl,
    method,
  };
}

function parse(html: string, source: string): Doc {
  try {
    // linkedom only builds a full document when it sees <html>; fragments (feed content, CSV cells) need a shell.
    const full = /<html[\s>]/i.test(html.slice(0, 4096))
      ? html
      : `<!doctype html><html><body>${html}</body></html>`;
    return parseHTML(full).document;
  } catch (e) {
    throw new TriangulateError(
      'bad_input',
      `${source}: the HTML could not be parsed (${(e as Error).message})`,
    );
  }
}

interface Article {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  readonly publishedTime: string | null;
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

const JUNK_TAGS =
  'script,style,noscript,template,svg,iframe,form,button,nav,header,footer,aside,' +
  '[role="navigation"],[role="banner"],[role="contentinfo"],[role="complementary"],[aria-hidden="true"],[hidden]';
const JUNK_NAMES =
  /(^|[\s_-])(ads?|advert\w*|banner|sponsor\w*|promo\w*|cookie\w*|comments?|share|social|related|newsletter|subscribe|sidebar|menu|breadcrumbs?|popup|modal)($|[\s_-])/i;
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Removes navigation, ads, forms and scripts before Readability scores the page (its own filters miss classes
 * like `ad-container` inside the story). An element holding over half the page's text is kept whatever its
 * name, so a `<div class="has-sidebar">` wrapping the whole page does not take the article with it.
 */
function removeClutter(document: Doc): void {
  const pageChars = document.body?.textContent?.length ?? 0;
  const junk = [
    ...document.querySelectorAll(JUNK_TAGS),
    ...[...document.querySelectorAll('[class],[id]')].filter((el) =>
      JUNK_NAMES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`),
    ),
  ];
  for (const el of junk) {
    if (NEVER_REMOVED.has(el.tagName) || !el.isConnected) continue;
    if ((el.textContent?.length ?? 0) > pageChars / 2) continue;
    el.remove();
  }
}

/** The page minus its clutter: the article or main element if there is one, else the body. */
function cleanPageText(document: Doc): string {
  removeClutter(document);
  const root =
    document.querySelector('article') ??
    document.querySelector('main') ??
    document.querySelector('[role="main"]') ??
    document.body ??
    document.documentElement;
  return root ? htmlToText(root as unknown as Parameters<typeof htmlToText>[0]) : '';
}
