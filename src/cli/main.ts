// The `triangulate` binary: a thin commander shell over the library. Each command lives in its own file.
import { Command, CommanderError } from 'commander';
import { isTriangulateError } from '../model/triangulate-error.js';
import { registerAnalyze } from './analyze-command.js';
import { registerServe } from './serve-command.js';
import { registerIngest } from './ingest-command.js';
import { registerExport } from './export-command.js';
import { registerWorker } from './worker-command.js';

/** Runs the CLI and resolves to the exit code (never calls process.exit, so tests can call it). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('triangulate')
    .description('Who says how many — and who is right? Attributed casualty figures from news reports.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAnalyze(program);
  registerServe(program);
  registerIngest(program);
  registerExport(program);
  registerWorker(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const message = isTriangulateError(e)
      ? e.message
      : e instanceof Error
        ? (e.stack ?? e.message)
        : String(e);
    process.stderr.write(`triangulate: ${message}\n`);
    return 1;
  }
}
