// RSS 2.0, RSS 1.0 (RDF) and Atom feeds to one item shape. Pure: XML text in, items out.
// Item content stays HTML (it is read by extractHtml like any page); titles become plain text.
import { XMLParser } from 'fast-xml-parser';
import { TriangulateError } from '../model/triangulate-error.js';

export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  /** guid (RSS) or id (Atom): what makes the item the same across feeds. */
  readonly guid: string | null;
  readonly published: string | null;
  readonly author: string | null;
  /** Full article HTML (content:encoded, Atom content), when the feed carries it. */
  readonly content: string | null;
  /** Teaser HTML (description, summary). */
  readonly summary: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const ROOT =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

/** True when the text is a feed, whatever the server called it (many serve feeds as text/xml or text/html). */
export function looksLikeFeed(text: string): boolean {
  return ROOT.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content can be XHTML markup; kept raw so it is not torn into objects.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
  htmlEntities: true,
});

type Node = Record<string, unknown>;

export function parseFeed(xml: string, source: string): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new TriangulateError('bad_input', `${source}: not a well-formed feed (${(e as Error).message})`);
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (rss) return { title: text(rss.title), items: list(rss.item).map(rssItem) };
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf)
    return { title: text((rdf.channel as Node | undefined)?.title), items: list(rdf.item).map(rssItem) };
  const atom = doc.feed as Node | undefined;
  if (atom) return { title: text(atom.title), items: list(atom.entry).map(atomEntry) };
  throw new TriangulateError('bad_input', `${source}: not an RSS or Atom feed`);
}

function rssItem(item: Node): FeedItem {
  const guid = text(item.guid);
  const link =
    list(item.link)
      .map(text)
      .find((l) => l !== null) ?? null;
  return {
    title: text(item.title),
    // A permalink guid is the article's address when <link> is missing.
    link: link ?? (guid && /^https?:\/\//.test(guid) ? guid : null),
    guid,
    published: text(item.pubDate) ?? text(item['dc:date']),
    author: text(item['dc:creator']) ?? text(item.author),
    content: text(item['content:encoded']),
    summary: text(item.description),
  };
}

function atomEntry(entry: Node): FeedItem {
  const links = list(entry.link);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const author = list(entry.author)[0]?.name;
  return {
    title: atomTitle(entry.title),
    link: text(alternate?.['@_href']),
    guid: text(entry.id),
    published: text(entry.published) ?? text(entry.updated),
    author: text(author),
    content: atomHtml(entry.content),
    summary: atomHtml(entry.summary),
  };
}

/** Atom text constructs: type="xhtml" is markup already; "html" and "text" were escaped once more inside the XML. */
function atomHtml(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const unwrapped = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  const type = typeof value === 'object' && value !== null ? (value as Node)['@_type'] : undefined;
  if (type === 'xhtml' || /<!\[CDATA\[/.test(raw)) return unwrapped;
  const html = decodeXmlEntities(unwrapped);
  return type === 'html' ? html : html.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function atomTitle(value: unknown): string | null {
  const raw = text(value);
  const type = typeof value === 'object' && value !== null ? (value as Node)['@_type'] : undefined;
  return raw !== null && (type === 'html' || type === 'xhtml')
    ? decodeXmlEntities(raw.replace(/<[^>]*>/g, ''))
    : raw;
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
    );
  });
}

function list(value: unknown): Node[] {
  const all = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return all.map((v) => (typeof v === 'object' && v !== null ? (v as Node) : { '#text': v }));
}

/** The text of an element whether the parser made it a string, a number or an object with #text. */
function text(value: unknown): string | null {
  const v = typeof value === 'object' && value !== null ? (value as Node)['#text'] : value;
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
