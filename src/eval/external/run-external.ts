// CLI for the external scorers:
// `node dist/eval/external/run-external.js [gva|gvdb|polnear]... [--limit N] [--errors FILE] [--categories]`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatCategories, type ExternalError } from './error-categories.js';
import type { ExternalOptions } from './external-data.js';
import { formatGva, scoreGva } from './score-gva.js';
import { formatGvdb, scoreGvdb } from './score-gvdb.js';
import { formatPolnear, scorePolnear } from './score-polnear.js';

const SCORERS = {
  gva: (o: ExternalOptions) => {
    const r = scoreGva(o);
    return { text: formatGva(r), errors: r.errors };
  },
  gvdb: (o: ExternalOptions) => {
    const r = scoreGvdb(o);
    return { text: formatGvdb(r), errors: r.errors };
  },
  polnear: (o: ExternalOptions) => {
    const r = scorePolnear(o);
    return { text: formatPolnear(r), errors: r.errors };
  },
} as const;

type Dataset = keyof typeof SCORERS;

export function runExternal(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      errors: { type: 'string' },
      data: { type: 'string' },
      categories: { type: 'boolean' },
    },
  });
  const unknown = positionals.filter((p) => !(p in SCORERS));
  if (unknown.length > 0) {
    process.stderr.write(`run-external: unknown data set ${unknown.join(', ')} (use gva, gvdb, polnear)\n`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !Number.isInteger(limit)) {
    process.stderr.write(`run-external: --limit needs a whole number, got "${values.limit}"\n`);
    return 2;
  }
  const options: ExternalOptions = {
    limit,
    dataDir: values.data,
    errors: values.errors !== undefined || values.categories === true,
  };
  const datasets = (positionals.length > 0 ? positionals : Object.keys(SCORERS)) as Dataset[];
  const errors: ExternalError[] = [];
  for (const d of datasets) {
    const r = SCORERS[d](options);
    process.stdout.write(`${r.text}\n\n`);
    errors.push(...r.errors);
  }
  if (values.categories) process.stdout.write(`${formatCategories(errors)}\n\n`);
  if (values.errors !== undefined) {
    writeFileSync(values.errors, errors.map((e) => JSON.stringify(e)).join('\n') + '\n');
    process.stdout.write(`${errors.length} mismatches written to ${values.errors}\n`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = runExternal(process.argv.slice(2));
