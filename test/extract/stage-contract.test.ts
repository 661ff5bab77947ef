import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractState } from '../../src/extract/draft.js';
import { PIPELINE } from '../../src/extract/pipeline.js';
import { initialState } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

// One contract every stage keeps, checked on every sample article: it returns a new state without touching
// its input, never revives a dropped draft, never moves a span, and only ever adds to a draft's trace.
const SAMPLE = readdirSync('examples/jaffar-express').map((f) =>
  normalizeDocument(
    { text: readFileSync(`examples/jaffar-express/${f}`, 'utf8'), id: f, published: '2025-03-14' },
    f,
  ),
);

function initial(i: number): ExtractState {
  return initialState(SAMPLE[i]!);
}

describe('stage contract', () => {
  for (const [at, stage] of PIPELINE.entries()) {
    it(`${stage.name} keeps the contract on every sample article`, () => {
      for (let i = 0; i < SAMPLE.length; i++) {
        const before = PIPELINE.slice(0, at).reduce((s, st) => st.run(s), initial(i));
        const frozen = JSON.stringify(before);
        const after = stage.run(before);
        expect(JSON.stringify(before), `${stage.name} mutated its input`).toBe(frozen);
        const text = after.document.text;
        // Only the stages up to find-numbers make drafts.
        if (at > PIPELINE.findIndex((s) => s.name === 'find-numbers'))
          expect(after.drafts.length).toBe(before.drafts.length);
        after.drafts.forEach((d, k) => {
          const old = before.drafts[k];
          expect(text.slice(d.mention.start, d.mention.end)).toBe(d.mention.text);
          if (!old) return;
          expect(d.mention).toEqual(old.mention);
          if (old.dropped) expect(d.dropped, `${stage.name} revived "${d.mention.text}"`).toBe(old.dropped);
          expect(d.trace.slice(0, old.trace.length)).toEqual(old.trace);
        });
      }
    });
  }
});
