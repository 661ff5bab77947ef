import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractDocument, traceDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import type { Claim } from '../../src/model/claim.js';

export function claimsOf(text: string, published = '2025-03-14'): Claim[] {
  return [...extractDocument(normalizeDocument({ text, id: 't', published })).claims];
}

/** The stage trace of every number in a text, for failure messages. */
export function traceOf(text: string): string {
  const state = traceDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
  return state.drafts.map((d) => `  "${d.mention.text}": ${d.trace.join(' ; ')}`).join('\n');
}

/** The shared folder (gold and external data), or null when this machine has none. */
export function sharedDir(): string | null {
  const candidates = [process.env.TRIANGULATE_SHARED, resolve('../shared'), '/work/shared'].filter(
    (p): p is string => !!p,
  );
  return candidates.find((p) => existsSync(resolve(p, 'eval/jaffar-dev.json'))) ?? null;
}

/** The killed and wounded claims of a text, as [value text, outcome]. */
export function casualtiesOf(text: string): [string, string][] {
  return claimsOf(text)
    .filter((c) => c.outcome === 'killed' || c.outcome === 'wounded')
    .map((c) => [c.value.text, c.outcome]);
}
