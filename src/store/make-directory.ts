// `mkdir -p` that cannot spin: Node's recursive mkdir retries forever where a parent exists but refuses children
// with ENOENT (`--db /proc/x` hung). One component at a time, each tried once; the first refusal is the answer.
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path);
    return;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST' && (await stat(path)).isDirectory()) return;
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw e;
  }
  await makeDirectory(dirname(path));
  try {
    await mkdir(path);
  } catch (e) {
    // Made meanwhile by another starter: as good as made here.
    if ((e as { code?: string }).code !== 'EEXIST' || !(await stat(path)).isDirectory()) throw e;
  }
}
