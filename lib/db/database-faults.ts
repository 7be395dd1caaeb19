/**
 * Failures of the database itself, as opposed to a request's own mistake: the disk is full or failing, the
 * file is read-only, the server cannot be reached or dropped the connection. A write that meets one gets
 * "the server cannot save right now" (lib/actions/action.ts, lib/http/routes.ts), and the health check reports the
 * database as failing until a write succeeds again (app/api/health).
 */

const SQLITE_FAULT = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|NOMEM)/;
// PostgreSQL: 53 insufficient resources (53100 disk full), 58 system errors (58030 I/O), 57P01–03 the server
// shutting down or ending connections, 08 connection exceptions, 25006 read-only (a replica, or recovery).
const POSTGRES_FAULT = /^(53|58|08)[0-9A-Z]{3}$|^57P0[1-3]$|^25006$/;
const NODE_NETWORK_FAULT = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ENOSPC|EIO|EROFS)$/;
const ADAPTER_FAULT_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
// Prisma's own codes for the same: P1001 unreachable, P1008 timed out (SQLITE_BUSY), P1017 connection closed,
// P2028 transaction API error. P2028 is also what a failed COMMIT of a single write becomes: Prisma marks the
// transaction committed before sending COMMIT, and its rollback after the failure then reports "a rollback
// cannot be executed on a committed transaction" in place of the driver's error (seen on a full disk).
const PRISMA_FAULT = new Set(["P1001", "P1008", "P1017", "P2028"]);
const FAULT_MESSAGE =
  /database or disk is full|disk I\/O error|readonly database|Can't reach database server|Server has closed the connection|Connection terminated|ECONNREFUSED/i;

/** The codes an error carries, from the driver up through Prisma's wrappers. */
function codesOf(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    kind?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  const own = [e.code, e.originalCode, e.kind].filter((c): c is string => typeof c === "string");
  return [...own, ...codesOf(e.cause, depth + 1), ...codesOf(e.meta?.driverAdapterError, depth + 1)];
}

export function isDatabaseFault(error: unknown): boolean {
  const codes = codesOf(error);
  if (
    codes.some(
      (c) =>
        SQLITE_FAULT.test(c) ||
        POSTGRES_FAULT.test(c) ||
        NODE_NETWORK_FAULT.test(c) ||
        ADAPTER_FAULT_KINDS.has(c) ||
        PRISMA_FAULT.has(c),
    )
  )
    return true;
  return error instanceof Error && FAULT_MESSAGE.test(error.message);
}

type WriteState = { failingSince: number | null; reason: string | null };
// One per server process, on globalThis: Next bundles route handlers and pages separately.
const holder = globalThis as unknown as { classroomWriteState?: WriteState };
const state: WriteState = (holder.classroomWriteState ??= { failingSince: null, reason: null });

export function noteWriteFailed(error: unknown): void {
  state.failingSince ??= Date.now();
  state.reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : String(error);
}

export function noteWriteSucceeded(): void {
  state.failingSince = null;
  state.reason = null;
}

/** Since when writes have been failing, and why; null while they succeed. */
export function writeFailure(): { since: Date; reason: string } | null {
  return state.failingSince === null ? null : { since: new Date(state.failingSince), reason: state.reason ?? "" };
}
