// `npm run db:migrate`: apply pending migrations to DATABASE_URL (and nothing else), for deployments that
// migrate before starting the app. `npm start` runs the same step itself.
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { prepareDatabase } from "../lib/setup/prepare-database";

try {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  console.log(`Database: ${describeDatabase(target)}`);
  for (const line of await prepareDatabase(target, { seed: false })) console.log(line);
} catch (error) {
  console.error(error instanceof DatabaseUrlError ? `Cannot start: ${error.message}` : (error as Error).message);
  process.exit(1);
}
