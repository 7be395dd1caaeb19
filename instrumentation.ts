/**
 * Runs once when the server process starts (Next's instrumentation hook): schedules the privacy retention job,
 * which runs as the server starts and then daily (lib/privacy/retention-schedule.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleRetention } = await import("./lib/privacy/retention-schedule");
  scheduleRetention();
}
