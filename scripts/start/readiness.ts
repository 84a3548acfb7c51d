/** Waiting for services' /readyz, with a line per service as it comes up and a periodic "still waiting". */

export const DEFAULT_READY_TIMEOUT_S = 300;

/** START_TIMEOUT_S in seconds; a value that is not a positive number is refused rather than guessed. */
export function readinessTimeoutMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_READY_TIMEOUT_S * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`START_TIMEOUT_S must be a positive number of seconds, got "${raw}"`);
  }
  return seconds * 1000;
}

export interface ReadinessOptions {
  timeoutMs: number;
  report: (line: string) => void;
  /** How often the services still starting are listed. */
  progressEveryMs?: number;
  pollMs?: number;
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false; // not listening yet, or too busy to answer
  }
}

/** Resolves when every service answers ready; rejects naming those that did not within the timeout. */
export async function waitAllReady(services: { name: string; url: string }[], options: ReadinessOptions): Promise<void> {
  const started = Date.now();
  const pending = new Map(services.map((s) => [s.name, s.url]));
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const progress = setInterval(() => {
    options.report(`… waiting ${seconds()} s of ${options.timeoutMs / 1000} s for: ${[...pending.keys()].join(", ")}`);
  }, options.progressEveryMs ?? 10_000);
  try {
    while (pending.size > 0) {
      await Promise.all(
        [...pending].map(async ([name, url]) => {
          if (await isReady(url)) {
            pending.delete(name);
            options.report(`✓ ${name} ready after ${seconds()} s`);
          }
        }),
      );
      if (pending.size === 0) return;
      if (Date.now() - started >= options.timeoutMs) {
        throw new Error(`not ready after ${options.timeoutMs / 1000} s: ${[...pending.keys()].join(", ")}`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
    }
  } finally {
    clearInterval(progress);
  }
}
