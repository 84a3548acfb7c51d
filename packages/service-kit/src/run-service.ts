import { DatabaseUnavailableError } from "@wuxi/db";
import { startTracingFromEnvironment } from "./tracing.ts";

/**
 * Runs a service's main; a database that cannot be used, or a port already taken, ends the process
 * with one clear line and exit code 1 rather than a stack trace.
 */
export function runService(name: string, main: () => Promise<{ close(): Promise<void> }>): void {
  // Before the service starts, so its first requests and SQL are traced (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set).
  const tracing = startTracingFromEnvironment(name);
  main().then(
    (service) => {
      const stop = () => {
        service
          .close()
          .then(() => tracing?.shutdown())
          .finally(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    },
    (error: unknown) => {
      const code = (error as { code?: string }).code;
      if (error instanceof DatabaseUnavailableError) {
        process.stderr.write(`${name}: database unavailable: ${error.message}\n`);
      } else if (code === "EADDRINUSE") {
        process.stderr.write(`${name}: port already in use: ${(error as Error).message}\n`);
      } else {
        process.stderr.write(`${name}: failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
