// Building DOM without HTML strings: every piece of text becomes a text node, so article text can never run as markup.
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  return decorate(document.createElement(tag), props, children);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): SVGElementTagNameMap[K] {
  return decorate(document.createElementNS(SVG_NS, tag), props, children);
}

function decorate<E extends Element>(el: E, props: Props, children: (Child | readonly Child[])[]): E {
  if (props.class) el.setAttribute('class', props.class);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    // Event handlers and inline style never go through attributes (the CSP would refuse them anyway).
    if (/^on/i.test(name) || name === 'style') throw new Error(`attribute "${name}" is not allowed`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) el.addEventListener(type, handler);
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'number' ? String(child) : child);
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Enter and Space act like a click on elements that are not buttons (SVG marks). */
export function activateOnKeys(el: Element, act: () => void): void {
  el.addEventListener('click', act);
  el.addEventListener('keydown', (e) => {
    const key = (e as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      e.preventDefault();
      act();
    }
  });
}
