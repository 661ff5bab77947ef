// The `triangulate` binary: a thin commander shell over the library. Each command lives in its own file.
import { Command, CommanderError } from 'commander';
import { isTriangulateError } from '../model/triangulate-error.js';
import { registerAnalyze } from './analyze-command.js';
import { registerServe } from './serve-command.js';
import { registerIngest } from './ingest-command.js';
import { registerExport } from './export-command.js';
import { registerRepair } from './repair-commands.js';
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
  registerRepair(program);
  registerWorker(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    process.stderr.write(`triangulate: ${oneLine(e)}\n`);
    // A stack trace is for whoever debugs triangulate, not for its users.
    if (!isTriangulateError(e) && process.env.TRIANGULATE_DEBUG && e instanceof Error && e.stack) {
      process.stderr.write(`${e.stack}\n`);
    }
    return 1;
  }
}

/** Every CLI error is one line: the message (with the system's code when it has one), never a stack. */
export function oneLine(e: unknown): string {
  if (isTriangulateError(e)) return e.message.replace(/\s*\n\s*/g, ' ');
  const err = e as { code?: unknown; message?: unknown };
  const message = (typeof err?.message === 'string' ? err.message : String(e)).replace(/\s*\n\s*/g, ' ');
  const code = typeof err?.code === 'string' && !message.includes(err.code) ? `${err.code}: ` : '';
  return `${code}${message} (set TRIANGULATE_DEBUG=1 for details)`;
}
