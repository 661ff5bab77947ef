import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { scoreSample, type GoldClaim } from '../../src/eval/score-sample.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { sharedDir } from './helpers.js';

const shared = sharedDir();

describe('golden: the Jaffar Express sample against its gold', () => {
  it.skipIf(shared === null)('scores F1 ≥ 0.95 and every field ≥ 0.9 on the dev articles', () => {
    const gold = JSON.parse(readFileSync(join(shared!, 'eval/jaffar-dev.json'), 'utf8')) as {
      claims: GoldClaim[];
    };
    const files = readdirSync('examples/jaffar-express').sort();
    const texts = new Map<string, string>();
    const docs = files.map((f) => {
      const d = normalizeDocument(
        { text: readFileSync(join('examples/jaffar-express', f), 'utf8'), id: f.replace(/\.txt$/, '') },
        f,
      );
      texts.set(f, d.text);
      return d;
    });
    const s = scoreSample(analyzeDocuments(docs), gold.claims, texts, (f) => f.replace(/\.txt$/, ''));
    const report = [...s.misses, ...s.spurious, ...s.wrong].join('\n');
    expect(s.f1, report).toBeGreaterThanOrEqual(0.95);
    for (const [field, share] of Object.entries(s.fields))
      expect(share, `${field}\n${report}`).toBeGreaterThanOrEqual(0.9);
    expect(s.incidentB3, report).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the figures every reader of the sample expects, gold or not', () => {
    const docs = readdirSync('examples/jaffar-express').map((f) =>
      normalizeDocument({ text: readFileSync(join('examples/jaffar-express', f), 'utf8'), id: f }, f),
    );
    const result = analyzeDocuments(docs);
    const has = (text: string, outcome: string, group: string) =>
      result.claims.some((c) => c.value.text === text && c.outcome === outcome && c.group === group);
    expect(has('440', 'present', 'passengers')).toBe(true);
    expect(has('all 33', 'killed', 'militants')).toBe(true);
    expect(has('70 to 80', 'present', 'militants')).toBe(true);
    expect(has('all 214', 'executed', 'security_forces')).toBe(true);
    expect(has('three dozen', 'killed', 'militants')).toBe(true);
    // A count noun tells the number after a link (tally-noun); `only` is emphasis, not a bound.
    expect(has('only 190', 'rescued', 'passengers')).toBe(true);
    expect(result.claims.every((c) => c.evidence.text.includes(c.value.text))).toBe(true);
  });
});
