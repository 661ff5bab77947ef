// Charts drawn at the width their box has, and drawn again when it changes (a phone turned, a window resized):
// never a fixed-width SVG scaled down to unreadable text. Plot's own <style> element is dropped before the chart
// enters the page (the Content-Security-Policy allows no inline style); styles.css carries its rules.
import { activateOnKeys, h } from './dom.js';

export const PLOT_CLASS = 'tri-plot';

export function fittedChart(className: string, draw: (width: number) => Element | null): HTMLElement {
  const box = h('div', { class: `chart ${className}` });
  let drawnAt = 0;
  const render = () => {
    const width = Math.floor(box.clientWidth);
    // Redraw on real changes only: a scrollbar appearing must not loop.
    if (width <= 0 || Math.abs(width - drawnAt) < 8) return;
    drawnAt = width;
    const chart = draw(width);
    if (!chart) return box.replaceChildren();
    for (const style of chart.querySelectorAll('style')) style.remove();
    box.replaceChildren(chart);
    box.dispatchEvent(new CustomEvent('chart-drawn', { bubbles: true }));
  };
  new ResizeObserver(render).observe(box);
  return box;
}

/** Text printed over a chart with a white halo, so values stay legible over grid lines and bands. */
export const HALO_TEXT = {
  fill: '#1d1d1f',
  stroke: '#ffffff',
  strokeWidth: 3,
  paintOrder: 'stroke',
  ariaHidden: 'true',
} as const;

/**
 * Makes the drawn marks of a chart controls: Plot gives each an aria-label from its datum; the datum with that
 * label gets focus, a role, classes and data attributes, and Enter, Space or a tap run `act`.
 */
export function wireMarks<T>(
  box: HTMLElement,
  items: readonly T[],
  labelOf: (item: T) => string,
  decorate: (el: SVGElement, item: T) => void,
  act: (item: T) => void,
): void {
  box.addEventListener('chart-drawn', () => {
    const byLabel = new Map(items.map((item) => [labelOf(item), item]));
    for (const el of box.querySelectorAll<SVGElement>('[aria-label]')) {
      const item = byLabel.get(el.getAttribute('aria-label') ?? '');
      if (item === undefined) continue;
      el.setAttribute('tabindex', '0');
      decorate(el, item);
      activateOnKeys(el, () => act(item));
    }
  });
}
