// One question asked for many callers, none of them answered from before it called. Callers that arrive while the
// question is out wait for the next asking rather than share the one in flight: that one may have read the database
// before a write that ended before they called, and its answer would hide the write from them.

/** `ask` shared by concurrent callers, each answered by an asking that began after it called. */
export function latestAnswer<T>(ask: () => Promise<T>): () => Promise<T> {
  let out: Promise<T> | null = null;
  let next: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const asking = ask();
    out = asking;
    const done = () => {
      if (out === asking) out = null;
    };
    asking.then(done, done);
    return asking;
  };
  return () => {
    if (out === null) return start();
    next ??= out
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
