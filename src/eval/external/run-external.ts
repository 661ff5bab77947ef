// CLI for the external scorers:
// `node dist/eval/external/run-external.js [gva|gva-places|gva-pairs|gva-batch|gvdb|polnear|ecb|pages]... [--limit N] [--errors FILE] [--categories]`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCategories, type ExternalError } from './error-categories.js';
import type { ExternalOptions } from './external-data.js';
import { formatEcb, scoreEcb } from './score-ecb.js';
import { formatGva, scoreGva } from './score-gva.js';
import { formatGvaPlaces, scoreGvaPlaces } from './score-gva-places.js';
import { formatSeparation, scoreSeparation } from './score-gva-separation.js';
import { formatGvaBatch, scoreGvaBatch } from './score-gva-batch.js';
import { formatGvdb, scoreGvdb } from './score-gvdb.js';
import { formatPages, scorePages } from './score-pages.js';
import { formatPolnear, scorePolnear } from './score-polnear.js';

const SCORERS = {
  gva: (o: ExternalOptions) => {
    const r = scoreGva(o);
    return { text: formatGva(r), errors: r.errors };
  },
  'gva-places': (o: ExternalOptions) => ({ text: formatGvaPlaces(scoreGvaPlaces(o)), errors: [] }),
  'gva-pairs': (o: ExternalOptions) => ({ text: formatSeparation(scoreSeparation(o)), errors: [] }),
  'gva-batch': (o: ExternalOptions) => ({ text: formatGvaBatch(scoreGvaBatch(o)), errors: [] }),
  gvdb: (o: ExternalOptions) => {
    const r = scoreGvdb(o);
    return { text: formatGvdb(r), errors: r.errors };
  },
  polnear: (o: ExternalOptions) => {
    const r = scorePolnear(o);
    return { text: formatPolnear(r), errors: r.errors };
  },
  ecb: async (o: ExternalOptions) => ({ text: formatEcb(await scoreEcb(o, o.errors === true)), errors: [] }),
  pages: async (o: ExternalOptions) => ({ text: formatPages(await scorePages(o)), errors: [] }),
} as const;

type Dataset = keyof typeof SCORERS;

export async function runExternal(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    // `npm run eval` passes its own flags (--sample-only, --verbose) through; unknown ones are ignored.
    strict: false,
    options: {
      limit: { type: 'string' },
      errors: { type: 'string' },
      data: { type: 'string' },
      categories: { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
    },
  });
  const unknown = positionals.filter((p) => !(p in SCORERS));
  if (unknown.length > 0) {
    process.stderr.write(
      `run-external: unknown data set ${unknown.join(', ')} (use gva, gva-places, gva-pairs, gva-batch, gvdb, polnear, ecb, pages)\n`,
    );
    return 2;
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const [limitText, errorsFile, dataDir] = [text(values.limit), text(values.errors), text(values.data)];
  const categories = values.categories === true || values.verbose === true;
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !Number.isInteger(limit)) {
    process.stderr.write(`run-external: --limit needs a whole number, got "${limitText}"\n`);
    return 2;
  }
  const options: ExternalOptions = { limit, dataDir, errors: errorsFile !== undefined || categories };
  const datasets = (positionals.length > 0 ? positionals : Object.keys(SCORERS)) as Dataset[];
  const errors: ExternalError[] = [];
  for (const d of datasets) {
    const r = await SCORERS[d](options);
    process.stdout.write(`${r.text}\n\n`);
    errors.push(...r.errors);
  }
  if (categories) process.stdout.write(`${formatCategories(errors)}\n\n`);
  if (errorsFile !== undefined) {
    writeFileSync(errorsFile, errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
    process.stdout.write(`${errors.length} mismatches written to ${errorsFile}\n`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await runExternal(process.argv.slice(2));
