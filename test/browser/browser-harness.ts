// What the browser tests share: a fresh build of the web app, a real server on loopback, and system Chromium.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Builds into a temporary directory so a test never serves a stale web/dist (or races another build). */
export async function buildWebApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'triangulate-web-'));
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

export function launchChromium(): Promise<Browser> {
  // Never a downloaded browser: the Debian package (.ci/run installs it).
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
