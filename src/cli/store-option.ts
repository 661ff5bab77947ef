// The `--db` option `ingest`, `export` and `serve` share, and the progress bar long ingests show.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    '--db <dir|url>',
    'the store: a directory (embedded, default ./.triangulate) or postgres://user@host/db; env TRIANGULATE_DB',
  );
}

/** Below this many documents an ingest is quick enough to need no bar. */
const PROGRESS_THRESHOLD = 10;

/** A progress callback drawing a bar on stderr, or nothing when quiet, not a terminal, or the job is short. */
export function progressBar(
  total: number,
  quiet: boolean,
): { readonly update: (done: number) => void; readonly stop: () => void } {
  if (quiet || process.stderr.isTTY !== true || total < PROGRESS_THRESHOLD)
    return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {value}/{total} documents · {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
