// Runs the server: one child process, or (count > 1) a cluster of them sharing the port, Node's cluster
// module handing each new connection to the next process in turn. Signals reach every server process; this
// process exits when they have all stopped. A server process that dies while nobody asked for a stop is
// replaced, unless it keeps dying at once (then everything stops, with the reason in the log above).
import { type ChildProcess, spawn } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import { stopLimitMs } from "../server/stop-limit.cjs";

type ServeOptions = {
  count: number;
  script: string;
  args: string[];
  execArgv: string[];
  env: NodeJS.ProcessEnv;
  dev: boolean;
};

/** Replacements for a process that died within this long of starting count towards giving up. */
const EARLY_DEATH_MS = 10_000;
const MAX_EARLY_DEATHS = 3;

export function serve(options: ServeOptions): void {
  const kill = options.count === 1 ? serveOne(options) : serveMany(options);
  let stopping = false;
  const passOn = (signal: NodeJS.Signals) => {
    if (!stopping) {
      stopping = true;
      // A server that does not stop in its own time limit (plus slack) is ended here.
      setTimeout(() => kill("SIGKILL"), stopLimitMs(process.env.SHUTDOWN_TIMEOUT) + 5000).unref();
    }
    kill(signal);
  };
  isStopping = () => stopping;
  process.on("SIGINT", () => passOn("SIGINT"));
  process.on("SIGTERM", () => passOn("SIGTERM"));
  process.on("SIGHUP", () => passOn("SIGTERM")); // the terminal was closed
  // npm runs this through `sh -c`, and Debian's sh does not pass a SIGTERM on to its child: told to stop, npm
  // stops the shell, and this process is left with a new parent. A new parent therefore means "stop" too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && !stopping && passOn("SIGTERM"), 200).unref();
}

let isStopping = () => false;

function serveOne({ script, args, execArgv, env, dev }: ServeOptions) {
  // The IPC channel is how the server notices this process is gone (killed), and stops instead of lingering.
  const server: ChildProcess = spawn(process.execPath, [...execArgv, script, ...args], {
    stdio: dev ? "inherit" : ["inherit", "inherit", "inherit", "ipc"],
    env,
  });
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return (signal: NodeJS.Signals) => void server.kill(signal);
}

function serveMany({ count, script, args, execArgv, env }: ServeOptions) {
  // A cluster worker has an IPC channel to this process by design: it stops when this process is gone.
  cluster.setupPrimary({ exec: script, args, execArgv });
  const workers = new Set<Worker>();
  let exitCode = 0;
  const early: number[] = [];
  const fork = (index: number) => {
    const startedAt = Date.now();
    // Process 0 also runs the scheduled jobs (the retention job), once per machine, not once per process.
    const worker = cluster.fork({ ...env, CLASSROOM_PROCESS_INDEX: String(index) });
    workers.add(worker);
    worker.on("exit", (code, signal) => {
      workers.delete(worker);
      if (code) exitCode = Math.max(exitCode, code);
      if (isStopping()) {
        if (workers.size === 0) process.exit(exitCode);
        return;
      }
      const now = Date.now();
      if (now - startedAt < EARLY_DEATH_MS) early.push(now);
      if (early.filter((t) => now - t < 60_000).length >= MAX_EARLY_DEATHS) {
        console.error(`Server process ${index} keeps stopping as it starts (see above): stopping them all.`);
        for (const other of workers) other.process.kill("SIGTERM");
        process.exitCode = 1;
        if (workers.size === 0) process.exit(1);
        isStopping = () => true;
        return;
      }
      console.error(
        `Server process ${index} stopped (${signal ?? `exit code ${code}`}); starting another in its place.`,
      );
      setTimeout(() => {
        // A stop that came in this second: no new process (it would not hear the signal, and the stop would
        // wait for the kill after SHUTDOWN_TIMEOUT); and with none left, the stop is done.
        if (!isStopping()) fork(index);
        else if (workers.size === 0) process.exit(exitCode);
      }, 1000);
    });
  };
  for (let index = 0; index < count; index++) fork(index);
  return (signal: NodeJS.Signals) => {
    for (const worker of workers) worker.process.kill(signal);
  };
}
