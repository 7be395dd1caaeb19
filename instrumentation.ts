/**
 * Runs once when a server process starts (Next's instrumentation hook): connects the live bus and the limits'
 * store now (Redis or PostgreSQL, lib/live/live-bus.ts, lib/http/limit-store.ts), not on the first request,
 * and schedules the privacy retention job, which runs as the server starts and then daily
 * (lib/privacy/retention-schedule.ts). Several machines may each run it; two runs at once change nothing
 * twice (lib/privacy/retention.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ liveBus }, { sharedLimitStore }] = await Promise.all([
    import("./lib/live/live-bus"),
    import("./lib/http/limit-store"),
  ]);
  liveBus();
  sharedLimitStore();
  // With several server processes (scripts/lib/serve.ts), the first one runs the jobs for the machine.
  if ((process.env.CLASSROOM_PROCESS_INDEX ?? "0") !== "0") return;
  const { scheduleRetention } = await import("./lib/privacy/retention-schedule");
  scheduleRetention();
}
