// Long-running commands (serve, worker) end on SIGINT/SIGTERM after closing what they hold.

/** Resolves on SIGINT/SIGTERM so the store closes cleanly (PGlite must flush before the process exits). */
export function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
