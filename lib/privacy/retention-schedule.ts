import { db } from "@/lib/db";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { runRetention } from "./retention";

const DAY = 24 * 3_600_000;
const RETRY = 3_600_000;

/**
 * Runs the retention job as the server starts (ten seconds in, once it is serving), then every day; an hour
 * later when the database could not be reached. The timers do not keep the process alive when it is told to stop.
 */
export function scheduleRetention() {
  const run = async () => {
    try {
      const { warned, purged } = await runRetention(db);
      if (warned.length || purged.length)
        console.info(
          `[${new Date().toISOString()}] retention: ${purged.length} classes' student data deleted, ${warned.length} teachers warned`,
        );
      setTimeout(run, DAY).unref();
    } catch (error) {
      console.error(`[${new Date().toISOString()}] retention: the job could not run, trying again in an hour:`, error);
      if (!isDatabaseFault(error)) console.error("(not a database fault: check the log above)");
      setTimeout(run, RETRY).unref();
    }
  };
  setTimeout(run, 10_000).unref();
}
