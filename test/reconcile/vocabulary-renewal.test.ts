// The term vocabulary packed vectors are numbered in (incident-terms.ts) starts afresh between linking runs once it
// is full, so a process that links for years does not keep every word it ever met. Linking keeps what it read of a
// report by the extraction object: nodes packed in the old vocabulary must be made again, never compared with nodes
// numbered in the new one.
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { readDocuments } from '../../src/analyze.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { renewFullVocabulary, vocabularyGeneration } from '../../src/reconcile/incident-terms.js';
import { linkDiagnostics, linkIncidents } from '../../src/reconcile/link-incidents.js';

const SAMPLE = fileURLToPath(new URL('../../examples/jaffar-express', import.meta.url));

let reports: DocumentExtraction[];
beforeAll(async () => {
  reports = (await readDocuments([SAMPLE])).map((d) => extractDocument(d));
});

/** Every scored pair of the batch: node indices (canonical order) and score. */
const scores = (batch: readonly DocumentExtraction[]) =>
  linkDiagnostics(batch).pairs.map((p) => `${p.a} ${p.b} ${p.score}`);

/** Each incident as the sorted list of its documents, the incidents sorted. */
const memberships = (batch: readonly DocumentExtraction[]) =>
  linkIncidents(batch)
    .incidents.map((i) => [...i.documents].sort().join(' '))
    .sort();

it('links the same after the vocabulary starts afresh, reports read before it included', () => {
  expect(reports).toHaveLength(5);
  // New objects: what any other test linked before is not cached for these.
  const fresh = () => reports.map((e) => ({ ...e, document: { ...e.document } }));
  const expected = { incidents: memberships(fresh()), scores: scores(fresh()) };
  expect(expected.incidents.some((m) => m.split(' ').length === 5)).toBe(true);
  expect(expected.scores.length).toBeGreaterThan(3);
  for (const run of [memberships, scores]) {
    const [first, rest] = [fresh().slice(0, 3), fresh().slice(3)];
    run(first); // these three now keep nodes packed in the current vocabulary
    const before = vocabularyGeneration();
    renewFullVocabulary(0); // full at any size: the next run starts afresh
    expect(vocabularyGeneration()).toBe(before + 1);
    // The three read before and two never read, in one run: one vocabulary for all five.
    expect(run([...first, ...rest])).toEqual(run === memberships ? expected.incidents : expected.scores);
  }
});

it('does not start afresh while the vocabulary has room', () => {
  const before = vocabularyGeneration();
  renewFullVocabulary();
  expect(vocabularyGeneration()).toBe(before);
});
