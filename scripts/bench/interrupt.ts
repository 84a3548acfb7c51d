/**
 * Ctrl+C (or a watchdog) stops a benchmark's load and lets it drop its databases; a clean-up that
 * hangs is ended after a minute.
 */
export function interruptible(): AbortController {
  const interrupt = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupt.signal.aborted) return;
    console.error(`\n${signal}: stopping the load and the services …`);
    interrupt.abort();
    setTimeout(() => process.exit(130), 60_000).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return interrupt;
}
