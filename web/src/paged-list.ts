// Long lists render a page at a time with a "show more" button, so 1,000+ claims never block the page.
import { h } from './dom.js';

export function pagedList<T>(
  items: readonly T[],
  render: (item: T) => Node,
  options: { readonly pageSize?: number; readonly tag?: 'ul' | 'ol'; readonly class?: string } = {},
): HTMLElement {
  const size = options.pageSize ?? 50;
  const list = h(options.tag ?? 'ul', { class: options.class ?? 'plain-list' });
  const wrap = h('div', { class: 'paged' }, list);
  let shown = 0;
  const more = h('button', { class: 'more', attrs: { type: 'button' } });
  const showMore = () => {
    const next = items.slice(shown, shown + size);
    list.append(...next.map(render));
    shown += next.length;
    if (shown >= items.length) more.remove();
    else more.textContent = `Show ${Math.min(size, items.length - shown)} more of ${items.length - shown}`;
  };
  more.addEventListener('click', () => {
    const first = shown;
    showMore();
    (list.children[first]?.querySelector('a, button') as HTMLElement | null)?.focus();
  });
  showMore();
  if (shown < items.length) wrap.append(more);
  return wrap;
}
