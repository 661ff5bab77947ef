// How deeply a page nests its elements. Real articles nest a few dozen levels; hostile or broken pages nest
// thousands, where linkedom's parse grows quadratic and overflows its stack and Readability takes minutes.

// Elements that never have a closing tag, or whose closing tag the parser supplies by itself.
const SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rt rp'.split(
    ' ',
  ),
);

/** An upper estimate of the nesting depth from the raw markup, cheap enough to run before parsing. */
export function markupDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = (m[2] ?? '').toLowerCase();
    if (SELF_CLOSING.has(name) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

interface TreeNode {
  readonly childNodes: ArrayLike<TreeNode>;
}

/** The depth of the deepest node below `root`, walked without recursion. */
export function treeDepth(root: TreeNode): number {
  let max = 0;
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [TreeNode, number];
    if (depth > max) max = depth;
    // Read once: linkedom rebuilds `childNodes` on every read, so indexing it in the loop is quadratic.
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i] as TreeNode, depth + 1]);
  }
  return max;
}
