// Runs the built CLI (`node bin/triangulate.js`) as a separate process, as users and scripts do.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin/triangulate.js');

export function requireBuild(): void {
  if (!existsSync(join(process.cwd(), 'dist/cli/main.js')))
    throw new Error('run `npm run build` first: the CLI tests spawn dist/');
}

export interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  /** Resolves once `count` lines of standard output satisfy `match`. */
  readonly waitForLines: (match: (line: string) => boolean, count: number) => Promise<void>;
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  const waiters: { match: (line: string) => boolean; count: number; resolve: () => void }[] = [];
  const check = () => {
    const lines = stdout.split('\n');
    for (const w of [...waiters]) {
      if (lines.filter(w.match).length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    check();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const waitForLines = (match: (line: string) => boolean, count: number) =>
    new Promise<void>((resolve, reject) => {
      waiters.push({ match, count, resolve });
      check();
      void done.then(() =>
        reject(new Error(`the CLI ended before ${count} matching lines:\n${stdout}\n${stderr}`)),
      );
    });
  return { child, done, waitForLines };
}

/** `count` distinct small reports as .txt files, numbered from `from`. */
export async function writeReports(dir: string, from: number, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let n = from; n < from + count; n++) {
    const text =
      `Report ${n}. Gunmen attacked a convoy near checkpoint ${n} on Tuesday, officials said.\n` +
      `Police said ${n % 40} people were killed and ${(n % 17) + 2} wounded in the attack on convoy ${n}.\n` +
      `A militant group claimed responsibility, saying ${n % 23} soldiers died. The road was closed for hours.\n`;
    await writeFile(join(dir, `report-${String(n).padStart(4, '0')}.txt`), text);
  }
}
