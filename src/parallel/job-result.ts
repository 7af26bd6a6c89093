/** The outcome of one article's extraction step: its value, or why it failed. */
export type JobResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function attempt<T>(run: () => T): JobResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
