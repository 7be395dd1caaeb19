// `npm run backup [-- --to=<folder>] [--keep-days=<n>]`: a consistent copy of the database while the app runs
// (SQLite's online backup, or pg_dump for PostgreSQL) into ./backups or --to; with --keep-days, this command's
// older backups in that folder are deleted (rotation: decision 0048). Run it from cron or a systemd timer.
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { backupDatabase, pruneBackups } from "../lib/setup/backup";

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const folder = option("to") ?? "backups";
const keepDays = option("keep-days");
if (keepDays !== undefined && !/^[1-9]\d*$/.test(keepDays)) {
  console.error(`--keep-days=${keepDays} is not a whole number of days.`);
  process.exit(1);
}
try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const file = await backupDatabase(target, folder);
  console.log(`Backed up ${describeDatabase(target)} to ${file}`);
  if (keepDays)
    for (const old of pruneBackups(folder, Number(keepDays))) console.log(`Deleted the older backup ${old}`);
} catch (error) {
  console.error(`Cannot back up: ${error instanceof DatabaseUrlError ? error.message : (error as Error).message}`);
  process.exit(1);
}
