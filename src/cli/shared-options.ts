// Options several commands share, and the one way the CLI reports a bad input.
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { TriangulateError } from '../model/triangulate-error.js';

export interface CommonOptions {
  readonly format?: string;
  readonly out?: string;
  readonly published?: string;
  readonly quiet?: boolean;
  readonly width?: string;
  readonly all?: boolean;
}

/** Table options from `--width` (else the terminal's width, else 100) and `--all`. */
export function tableOptions(opts: { readonly width?: string; readonly all?: boolean }): {
  width: number;
  all: boolean;
} {
  const given = opts.width === undefined ? undefined : Number(opts.width);
  if (given !== undefined && (!Number.isInteger(given) || given < 60)) {
    throw new TriangulateError(
      'bad_input',
      `--width "${opts.width}" must be a whole number of columns, 60 or more`,
    );
  }
  return { width: given ?? process.stdout.columns ?? 100, all: opts.all === true };
}

/** The table's own options, for the commands that print one. */
export function addTableOptions(cmd: Command): Command {
  return cmd
    .option('--width <columns>', 'table width in columns (default: the terminal’s, else 100)')
    .option('--all', 'table: show recalled incidents’ figures too, not one "also mentioned" line');
}

export function addCommonOptions(cmd: Command, formats: readonly string[], fallback: string): Command {
  return cmd
    .option('-f, --format <format>', `output format: ${formats.join('|')}`, fallback)
    .option('-o, --out <file>', 'write the output to a file instead of standard output')
    .option('--published <date>', 'reference date (YYYY-MM-DD) for documents that carry none')
    .option('-q, --quiet', 'no progress or notes on stderr');
}

export function checkFormat(format: string, formats: readonly string[]): void {
  if (!formats.includes(format)) {
    throw new TriangulateError('bad_input', `unknown --format "${format}"; use one of ${formats.join(', ')}`);
  }
}

export function checkDate(date: string | undefined): string | null {
  if (date === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new TriangulateError('bad_input', `--published "${date}" is not a date; write it as YYYY-MM-DD`);
  }
  return date;
}

export function reportInputError(input: string, error: TriangulateError): void {
  const line = namesInput(error.message, input) ? error.message : `${input}: ${error.message}`;
  process.stderr.write(`triangulate: ${line}\n`);
}

/**
 * The message already names the input: itself, or its file where the input is one document of it (`mixed.jsonl#2`
 * for a message `mixed.jsonl:2: not valid JSON`), so the label is not said twice.
 */
export function namesInput(message: string, input: string): boolean {
  const file = input.replace(/#\d+$/, '');
  return (
    message.startsWith(input) ||
    (file !== input && /^[:#]/.test(message.slice(file.length)) && message.startsWith(file))
  );
}

export async function emit(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

export const ALLOW_PRIVATE_FLAG = '--allow-private-network';

/** The one way a user lets redirects and feed links reach private, loopback and link-local addresses. */
export function addNetworkOption(cmd: Command): Command {
  return cmd.option(
    ALLOW_PRIVATE_FLAG,
    'follow redirects and feed links to private, loopback and link-local addresses (the URLs you type are always read)',
  );
}

/** Exit codes of commands that read inputs (docs/exit-codes.md): all read, none read, some failed. */
export const EXIT = { all: 0, none: 1, some: 2 } as const;

/** Why nothing was read: how many inputs failed, or that the inputs held no document at all. */
export function failedWhy(failed: number): string {
  return failed === 0 ? 'the inputs hold no document' : `${failed} input(s) failed`;
}
