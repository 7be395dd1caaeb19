import { type ArgType, ColumnTypeEnum, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { Prisma } from "@/lib/generated/sqlite/client";
import { connectedAdapterOf, type Db } from "./client";

type RawValue = Prisma.Sql | string | number | boolean | Date | null;

/**
 * `rawRows(db)\`SELECT …\`` reads rows with one SQL statement run on the database adapter directly, for the
 * reads every page view makes (the session check, the reader's and the quiz's rows, a board's changes) and
 * for the answer save's write (an UPDATE … RETURNING, committed by itself: decision 0059).
 *
 * Why not `db.$queryRaw`: Prisma 6.19 passes every raw statement through its query compiler and request
 * pipeline too, which cost more than the statement itself (measured 2026-12-06: the reader page, three such
 * statements, served 308–314 pages/s through `$queryRaw` and 386–401 here). Here the statement goes to
 * the same adapter Prisma uses (on SQLite through the same gate, sqlite-transaction-gate.ts), its values bound
 * as parameters exactly as `$queryRaw` binds them (Prisma's own `Prisma.sql`, nested fragments included),
 * and its row values converted as `$queryRaw` converts them: date-times to Date, booleans (SQLite's 0 and 1)
 * to booleans, integers to numbers (COUNT(*) too, where Prisma gives a BigInt). raw-rows.db.test.ts holds the two
 * side by side on both databases.
 *
 * Only on the client itself, never inside `db.$transaction(async (tx) => …)`: the statement would run outside
 * the transaction (on SQLite it would wait for it, which waits for it).
 */
export function rawRows(db: Db) {
  return async (strings: TemplateStringsArray, ...values: RawValue[]): Promise<Record<string, unknown>[]> => {
    const query = Prisma.sql(strings, ...values);
    const connected = connectedAdapterOf(db);
    if (!connected) return db.$queryRaw<Record<string, unknown>[]>(query); // a client createDb did not make
    if (!connected.adapter) await db.$connect();
    const adapter = connected.adapter!;
    const args = query.values;
    const result = await adapter.queryRaw({
      sql: adapter.provider === "postgres" ? query.text : query.sql,
      args,
      argTypes: args.map(argType),
    });
    return objects(result);
  };
}

function argType(value: unknown): ArgType {
  const scalarType =
    typeof value === "number"
      ? Number.isInteger(value)
        ? "int"
        : "float"
      : typeof value === "boolean"
        ? "boolean"
        : value instanceof Date
          ? "datetime"
          : "string";
  return { scalarType, arity: "scalar" };
}

function objects({ columnNames, columnTypes, rows }: SqlResultSet): Record<string, unknown>[] {
  return rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) object[columnNames[i]!] = value(row[i], columnTypes[i]!);
    return object;
  });
}

function value(raw: unknown, type: number): unknown {
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return typeof raw === "string" ? utcDate(raw) : new Date(raw as number);
    // better-sqlite3 reads integers as BigInt, which the adapter hands on as text ("0", "1", "42").
    case ColumnTypeEnum.Boolean:
      return typeof raw === "string" ? raw === "1" || raw === "true" : Boolean(raw);
    case ColumnTypeEnum.Int32:
    case ColumnTypeEnum.Int64:
    case ColumnTypeEnum.Float:
    case ColumnTypeEnum.Double:
    case ColumnTypeEnum.UnknownNumber:
      return Number(raw);
    default:
      return raw;
  }
}

// A date-time the database wrote itself (SQLite's CURRENT_TIMESTAMP: "2026-12-06 19:00:00") has no zone: it is
// UTC, as Prisma reads it, not the server's local time.
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function utcDate(text: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
  return new Date(WITHOUT_ZONE.test(text) ? `${text.replace(" ", "T")}Z` : text);
}
