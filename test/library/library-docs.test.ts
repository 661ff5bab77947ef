// docs/library.md shows a script and what it prints: run the script against the built package, compare the output.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it('prints what docs/library.md says it prints', async () => {
  const doc = await readFile(new URL('docs/library.md', `file://${ROOT}`), 'utf8');
  const script = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  const shown = /prints:\n\n```text\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!script || !shown) throw new Error('docs/library.md lost its script or its output block');
  // The script imports 'triangulate' itself: from the repository root that resolves to the built package.
  const run = promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT });
  const { stdout } = await run;
  expect(stdout).toBe(shown);
  // A store opened and the sample ingested: slow on a loaded machine, never a measure of speed.
}, 300_000);
