// A store that counts the calls of some of its methods that reach it (reads a cache should have spared it).
import type { Store } from '../../src/store/store.js';

export function countedStore(
  store: Store,
  methods: readonly (keyof Store)[],
): { readonly store: Store; readonly calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if ((methods as readonly (string | symbol)[]).includes(prop)) calls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls };
}
