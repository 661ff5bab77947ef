// DOM to the text every offset refers to: one line per paragraph-like block, inline runs joined,
// whitespace collapsed, scripts/styles/comments never read.
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
]);
const ELEMENT = 1;
const TEXT = 3;

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** Paragraphs separated by `\n`, each trimmed and with runs of whitespace collapsed to one space. */
export function htmlToText(root: DomNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const clean = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (clean !== '') lines.push(clean);
    line = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return; // comments, doctypes
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') return flush();
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'TD' || name === 'TH') line += ' ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
