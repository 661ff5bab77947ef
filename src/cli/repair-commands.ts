// `triangulate check` and `triangulate delete ID...`: the store's ways out when a report should not be there or
// the derived tables may be wrong. Both print one line of what they did.
import type { Command } from 'commander';
import { openStore, redact, storeTarget } from '../store/open-store.js';
import { TriangulateError } from '../model/triangulate-error.js';
import { addDbOption } from './store-option.js';

export function registerRepair(program: Command): void {
  addDbOption(
    program
      .command('check')
      .description(
        'verify the derived tables (incidents, claims, conflicts …) against the stored reports; repair them',
      ),
  ).action(async (opts: { readonly db?: string }) => {
    const target = storeTarget(opts.db);
    const store = await openStore(target);
    try {
      const report = await store.check();
      process.stdout.write(
        `checked ${report.documents} document(s): ${report.damaged} damaged row(s), ${report.repaired} row(s) rewritten · store: ${redact(target)}\n`,
      );
    } finally {
      await store.close();
    }
  });

  addDbOption(
    program
      .command('delete')
      .description('remove documents (every stored version) by id, and reconcile what is left')
      .argument('<ids...>', 'document ids, as export or the web app shows them'),
  ).action(async (ids: string[], opts: { readonly db?: string }) => {
    const target = storeTarget(opts.db);
    const store = await openStore(target);
    let missing: readonly string[] = [];
    try {
      const report = await store.delete(ids);
      missing = report.missing;
      process.stdout.write(`deleted ${report.deleted.length} document(s) · store: ${redact(target)}\n`);
    } finally {
      await store.close();
    }
    if (missing.length > 0) {
      throw new TriangulateError(
        'not_found',
        `no document ${missing.map((m) => `"${m}"`).join(', ')} in the store`,
      );
    }
  });
}
