// `--format jsonl`: one record per line, typed, in the analysis's order; reading the lines back gives the analysis.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/model/analysis.js';
import { jsonlLines, writeJsonl } from '../../src/format/write-jsonl.js';

const KEYS = {
  document: 'documents',
  incident: 'incidents',
  claim: 'claims',
  conflict: 'conflicts',
  estimate: 'estimates',
  timeline: 'timeline',
} as const;

function readBack(text: string): Analysis {
  const out = {
    triangulate: 1,
    documents: [],
    incidents: [],
    claims: [],
    conflicts: [],
    estimates: [],
    timeline: [],
  };
  for (const line of text.split('\n').filter(Boolean)) {
    const { type, ...record } = JSON.parse(line) as { type: keyof typeof KEYS };
    (out[KEYS[type]] as unknown[]).push(record);
  }
  return out as unknown as Analysis;
}

describe('jsonl', () => {
  it('writes every record of the analysis once, one per line, and reads back to the same analysis', async () => {
    const analysis = await analyze(['examples/jaffar-express']);
    const lines = [...jsonlLines(analysis)];
    const records = ['documents', 'incidents', 'claims', 'conflicts', 'estimates', 'timeline'] as const;
    expect(lines.length).toBe(records.reduce((n, k) => n + analysis[k].length, 0));
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(readBack(lines.join(''))).toEqual(JSON.parse(JSON.stringify(analysis)));
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-jsonl-'));
    try {
      await writeJsonl(analysis, join(dir, 'out.jsonl'));
      expect(await readFile(join(dir, 'out.jsonl'), 'utf8')).toBe(lines.join(''));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('an empty analysis is no lines at all', () => {
    const empty: Analysis = {
      triangulate: 1,
      documents: [],
      incidents: [],
      claims: [],
      conflicts: [],
      estimates: [],
      timeline: [],
    };
    expect([...jsonlLines(empty)]).toEqual([]);
  });
});
