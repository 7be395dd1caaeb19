import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { BoundedMap } from "@/lib/bounded-map";

type QueryConfig = { text: string; name?: string; values?: unknown[] };

/**
 * Sends the statements the app runs again and again to PostgreSQL as named prepared statements, named after
 * their text, so that each connection parses one once and, after a few runs, plans it once (PostgreSQL keeps a
 * generic plan when it costs no more than the custom ones). The PostgreSQL adapter of Prisma 6.19 sends every
 * statement unnamed, to be parsed and planned again each time: for the app's hot reads that was most of
 * PostgreSQL's work (measured 2026-12-06: the session check, 0.27 ms of which 0.24 ms parse and plan; the quiz
 * save's attempt read, 0.67 ms of which 0.64 ms). Decision 0058.
 *
 * Applies to every connection the pool opens, the transactions' too. Only statements the adapter sends as a
 * query object with parameters are named (BEGIN, COMMIT and migration scripts go as plain text, unnamed), from
 * their `namedFrom`-th run in this process on, and no more than `limit` texts: a kept statement costs
 * PostgreSQL 24–145 KB on each connection that ran it, so statements run now and then (a teacher's export, a
 * text that varies, such as an `IN` list of any length) stay unnamed, as before.
 * Written against @prisma/adapter-pg 6.19 and pg 8: postgres-statement-names.db.test.ts checks both.
 */
export function nameStatements(pool: Pool, { limit = 100, namedFrom = 3 } = {}): void {
  const names = new Map<string, string>();
  const runs = new BoundedMap<string, number>(2000);
  const nameOf = (text: string): string | undefined => {
    const name = names.get(text);
    if (name !== undefined || names.size >= limit) return name;
    const run = (runs.get(text) ?? 0) + 1;
    if (run < namedFrom) {
      runs.set(text, run);
      return undefined;
    }
    runs.delete(text);
    const named = `s${createHash("sha256").update(text).digest("base64url").slice(0, 24)}`;
    names.set(text, named);
    return named;
  };
  pool.on("connect", (client: PoolClient) => {
    const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
    client.query = ((config: unknown, ...rest: unknown[]) =>
      query(named(config, nameOf), ...rest)) as typeof client.query;
  });
}

function named(config: unknown, nameOf: (text: string) => string | undefined): unknown {
  if (!isParameterised(config) || config.name !== undefined) return config;
  const name = nameOf(config.text);
  return name === undefined ? config : { ...config, name };
}

function isParameterised(config: unknown): config is QueryConfig {
  return (
    typeof config === "object" &&
    config !== null &&
    typeof (config as QueryConfig).text === "string" &&
    Array.isArray((config as QueryConfig).values) &&
    (config as QueryConfig).values!.length > 0
  );
}
