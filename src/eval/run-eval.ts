// `npm run eval`: extraction scored on the sample's gold (shared/eval/jaffar-dev.json) and, when present, on the
// external dev sets (GVA totals, GVDB victims, PolNeAR attribution). Data is read from ../shared at run time.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocuments } from '../analyze.js';
import { normalizeDocument } from '../ingest/normalize-document.js';
import { scoreSample, type GoldClaim } from './score-sample.js';

const SHARED = resolve(process.env.TRIANGULATE_SHARED ?? '../shared');

async function sample(verbose: boolean): Promise<void> {
  const goldFile = join(SHARED, 'eval/jaffar-dev.json');
  const corpus = join(SHARED, 'corpus/jaffar-express');
  const gold = JSON.parse(await readFile(goldFile, 'utf8')) as { claims: GoldClaim[] };
  const files = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort();
  const texts = new Map<string, string>();
  const docs = [];
  for (const f of files) {
    const doc = normalizeDocument(
      { text: await readFile(join(corpus, f), 'utf8'), id: f.replace(/\.txt$/, '') },
      f,
    );
    texts.set(f, doc.text);
    docs.push(doc);
  }
  const result = analyzeDocuments(docs);
  const s = scoreSample(result, gold.claims, texts, (f) => f.replace(/\.txt$/, ''));
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(`Sample (jaffar-dev, ${s.gold} gold claims in 3 articles)`);
  console.log(`  predicted ${s.predicted}, matched ${s.matched}`);
  console.log(`  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  console.log(
    `  outcome ${pct(s.fields.outcome)}  group ${pct(s.fields.group)}  value ${pct(s.fields.value)}  qualifier ${pct(s.fields.qualifier)}  claimant ${pct(s.fields.claimant)}  claimant kind ${pct(s.fields.claimantKind)}  incident B³ ${pct(s.incidentB3)}`,
  );
  if (verbose) {
    for (const m of s.misses) console.log(`  MISS ${m}`);
    for (const m of s.spurious) console.log(`  SPURIOUS ${m}`);
    for (const m of s.wrong) console.log(`  WRONG ${m}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  if (!existsSync(join(SHARED, 'eval/jaffar-dev.json'))) {
    console.error(`eval: no gold at ${SHARED}/eval; set TRIANGULATE_SHARED to the shared folder`);
    process.exitCode = 1;
    return;
  }
  await sample(verbose);
  const external = join(import.meta.dirname, 'external/run-external.js');
  if (!args.includes('--sample-only') && existsSync(external)) {
    const { runExternal } = (await import(external)) as { runExternal?: (a: string[]) => Promise<void> };
    if (runExternal) await runExternal(args);
  }
}

await main();
