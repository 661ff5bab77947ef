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

/**
 * Paragraphs separated by `\n`, each trimmed and with runs of whitespace collapsed to one space; inside <pre>
 * each source line is its own line. Iterative, so a hostile page nested 100,000 deep cannot overflow the stack.
 */
export function htmlToText(root: DomNode): string {
  const lines: string[] = [];
  let line = '';
  let pre = 0;
  const flush = (): void => {
    // Soft hyphens and zero-width spaces are invisible in the page but would split "2\u00ad00" or "kil\u200bled".
    const clean = line
      .replace(/[\u00ad\u200b\ufeff]/g, '')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    if (clean !== '') lines.push(clean);
    line = '';
  };
  // A node is pushed to be entered, and an 'exit' marker after its children closes its block.
  const stack: (DomNode | { readonly exit: string })[] = [root];
  while (stack.length > 0) {
    const next = stack.pop() as DomNode | { readonly exit: string };
    if ('exit' in next) {
      if (next.exit === 'PRE') pre--;
      flush();
      continue;
    }
    if (next.nodeType === TEXT) {
      const text = next.nodeValue ?? '';
      const [first, ...rest] = pre === 0 ? [text] : text.split('\n');
      line += first ?? '';
      for (const part of rest) {
        flush();
        line = part;
      }
      continue;
    }
    if (next.nodeType !== ELEMENT && next.nodeType !== 9 && next.nodeType !== 11) continue; // comments, doctypes
    const name = next.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === 'BR') {
      flush();
      continue;
    }
    if (name === 'TD' || name === 'TH') line += ' ';
    if (BLOCKS.has(name)) {
      flush();
      if (name === 'PRE') pre++;
      stack.push({ exit: name });
    }
    // Read once: linkedom rebuilds `childNodes` on every read, so indexing it in the loop is quadratic.
    const children = next.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  flush();
  return lines.join('\n');
}
