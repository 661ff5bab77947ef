// A real PGlite store in a temporary directory, with the sample articles ingested through the fixture extractor.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/read-inputs.js';
import type { SourceDocument } from '../../src/model/document.js';
import { createServer } from '../../src/server/create-server.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { fixtureExtractor } from './fixture-extractor.js';

export const SAMPLE_DIR = new URL('../../examples/jaffar-express/', import.meta.url).pathname;

export interface TempStore {
  readonly store: Store;
  readonly dir: string;
  dispose(): Promise<void>;
}

export async function readSample(): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for await (const item of readInputs([SAMPLE_DIR])) if (item.kind === 'document') docs.push(item.document);
  return docs;
}

export async function sampleStore(
  options: { readonly extract?: Parameters<typeof openStore>[1] } = {},
): Promise<TempStore> {
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-server-'));
  const store = await openStore(dir, { extract: fixtureExtractor(), ...options.extract });
  await store.ingest(await readSample());
  return {
    store,
    dir,
    dispose: async () => {
      await store.close().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The API in-process over a sample store for one test file: made before its tests, closed and removed after. */
export function useSampleApp(): { readonly temp: TempStore; readonly app: FastifyInstance } {
  const context = {} as { temp: TempStore; app: FastifyInstance };
  beforeAll(async () => {
    context.temp = await sampleStore();
    context.app = await createServer({ store: context.temp.store, webRoot: null });
  });
  afterAll(async () => {
    await context.app?.close();
    await context.temp?.dispose();
  });
  return context;
}
