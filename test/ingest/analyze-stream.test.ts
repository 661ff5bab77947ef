// `analyze` extracts each document as it reads it. The result must equal `analyzeDocuments` over the same documents
// read first, including `-2` ids and `--published`.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeDocuments } from '../../src/analyze.js';
import type { DocumentInput, SourceDocument } from '../../src/model/document.js';
import { readInputs } from '../../src/ingest/read-inputs.js';

const INPUTS: DocumentInput[] = [
  { id: 'undated', text: 'Police said 4 people were killed in the shooting on Main Street.' },
  { id: 'dated', text: 'On March 3, 2024, officials said 2 people were wounded in the blast.' },
  { id: 'dated', text: 'A second report: on March 5, 2024, officials said 3 people were killed.' },
  { id: 'meta', published: '2024-02-01', text: 'Witnesses said 6 people were wounded at the market.' },
];

async function readFirst(inputs: readonly DocumentInput[]): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readInputs(inputs)) if (item.kind === 'document') docs.push(item.document);
  return docs;
}

describe('analyze as a stream', () => {
  it.each([null, '2023-12-31'])(
    'equals analyzeDocuments over the documents read first (published %s)',
    async (published) => {
      const streamed = await analyze(INPUTS, { published });
      const batch = analyzeDocuments(await readFirst(INPUTS), { published });
      expect(streamed).toEqual(batch);
      expect(streamed.documents.map((d) => d.id)).toEqual(['undated', 'dated', 'dated-2', 'meta']);
      // The undated report keeps its own dates only: none unless --published gives one (never the batch's).
      expect(streamed.documents[0]?.publishedInferred).toBe(published !== null);
    },
  );
});
