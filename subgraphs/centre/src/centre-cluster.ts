import cluster, { type Worker } from "node:cluster";

/**
 * The centre as N processes sharing one port (node cluster, round-robin on Linux), so the gateway
 * keeps a single CENTRE_URL. The first worker starts alone: it migrates and seeds, and it is the
 * only one that runs the background pollers (replica sync, delivery, reminders), which are not yet
 * claimed per row (issue 16 claims them; then any worker may run them). The others start once it
 * listens, against a migrated database. A worker that dies stops the whole centre, as `npm start`
 * does for any service, so a half-sized centre never answers silently.
 */
export function runCentreCluster(processes: number): void {
  const workers: Worker[] = [];
  let stopping = false;
  const stop = (code: number) => {
    stopping = true;
    for (const w of workers) w.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 3000).unref();
    cluster.on("exit", () => {
      if (workers.every((w) => w.isDead())) process.exit(code);
    });
  };
  const fork = (background: boolean) => {
    const worker = cluster.fork({ CENTRE_WORKER_BACKGROUND: background ? "1" : "0" });
    workers.push(worker);
    worker.on("exit", (code) => {
      if (stopping) return;
      process.stderr.write(`centre: worker ${worker.process.pid} exited with code ${code}; stopping the centre\n`);
      stop(1);
    });
    return worker;
  };
  let listening = 0;
  const ready = () => {
    // Operators (and bench:deployed) read this line: the centre answers at full size from here on.
    if (++listening === processes) process.stdout.write(`centre: ${processes} processes listening\n`);
  };
  fork(true).once("listening", () => {
    ready();
    for (let i = 1; i < processes; i++) fork(false).once("listening", ready);
  });
  process.once("SIGINT", () => stop(0));
  process.once("SIGTERM", () => stop(0));
}
