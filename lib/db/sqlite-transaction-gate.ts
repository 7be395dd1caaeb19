import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { isDatabaseFault, noteWriteFailed, noteWriteSucceeded } from "./database-faults";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Query = Parameters<Adapter["executeRaw"]>[0];

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|COMMIT)\b/i;
const isCommit = (query: Query) => /^\s*COMMIT\s*$/i.test(query.sql);

/**
 * Keeps every other statement out of an open transaction, on the SQLite adapter's one connection, and makes
 * sure a transaction always ends, even when its COMMIT fails.
 *
 * Why the gate: the adapter's own lock orders transactions against each other only. A plain statement from
 * another request, sent while a transaction was open (Prisma opens one for every batch and nested write), ran
 * inside it, and was lost when that transaction rolled back, after the request had been told it was saved
 * (measured: 2 of 300 acknowledged writes beside failing batches; lib/db/sqlite-transactions.db.test.ts).
 *
 * How: a count of transactions open or waiting to open, raised before the adapter takes its lock and lowered
 * after commit or rollback. A plain statement runs at once when the count is 0 (checked and run in the same
 * tick: better-sqlite3 runs it synchronously), else waits until it is. Statements of the transaction itself
 * go through the transaction object and are not held. So inside `$transaction(async (tx) => …)` use `tx`: a
 * query on the plain client there would wait for the transaction, which waits for it.
 *
 * Turns are fair: a transaction that arrives while statements wait lets them run first. Without that, a class
 * handing in (one transaction per submit, each arriving while the one before was open) kept the count above 0,
 * and a page read or an answer save could wait a second and a half behind transactions that came after it
 * (measured 2026-12-06, `npm run bench:quiz`; docs/decisions/0052).
 *
 * A failed COMMIT (disk full, I/O error, read-only file): Prisma 6.19 sends COMMIT as a statement and then
 * calls neither commit() nor rollback(), so the adapter's lock and this gate would stay held and every later
 * request would wait forever. Here the transaction is rolled back and both are released before the error
 * goes on; the request gets "cannot save right now" and the next one runs (decision 0018).
 */
export function gateStatementsOutOfTransactions(adapter: Adapter, client: Database.Database): Adapter {
  let open = 0;
  // Statements waiting for the open transactions to end, or woken and about to run.
  let pending = 0;
  let waiting: (() => void)[] = [];
  // Transactions that arrived while statements were pending.
  let transactionsWaiting: (() => void)[] = [];
  const wakeAll = (queue: (() => void)[]) => {
    for (const resume of queue) resume();
  };
  const closed = () => {
    open--;
    if (open > 0) return;
    const wake = waiting;
    waiting = [];
    wakeAll(wake);
  };
  const outsideTransactions = <R>(run: (query: Query) => Promise<R>) =>
    async function gated(query: Query): Promise<R> {
      if (open === 0) return watchWrites(run, query);
      pending++;
      try {
        while (open > 0) await new Promise<void>((resume) => waiting.push(resume));
      } finally {
        pending--;
      }
      const result = watchWrites(run, query);
      if (pending === 0) {
        const wake = transactionsWaiting;
        transactionsWaiting = [];
        wakeAll(wake);
      }
      return result;
    };

  const queryRaw = outsideTransactions(adapter.queryRaw.bind(adapter));
  const executeRaw = outsideTransactions(adapter.executeRaw.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = queryRaw;
  adapter.executeRaw = executeRaw;
  adapter.startTransaction = async (isolationLevel) => {
    while (pending > 0) await new Promise<void>((resume) => transactionsWaiting.push(resume));
    open++;
    let transaction: Awaited<ReturnType<Adapter["startTransaction"]>>;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      closed();
      throw error;
    }
    let ended = false;
    const end =
      <R>(finish: () => Promise<R>) =>
      async () => {
        try {
          return await finish();
        } finally {
          if (!ended) {
            ended = true;
            closed();
          }
        }
      };
    transaction.commit = end(transaction.commit.bind(transaction));
    const rollback = (transaction.rollback = end(transaction.rollback.bind(transaction)));
    const inTransaction = {
      queryRaw: transaction.queryRaw.bind(transaction),
      executeRaw: transaction.executeRaw.bind(transaction),
    };
    transaction.queryRaw = (query) => watchWrites(inTransaction.queryRaw, query);
    transaction.executeRaw = async (query) => {
      try {
        return await watchWrites(inTransaction.executeRaw, query);
      } catch (error) {
        if (isCommit(query)) {
          // SQLite may have rolled back already (SQLITE_FULL, SQLITE_IOERR do); if not, nothing of it stays.
          if (client.inTransaction) {
            try {
              client.exec("ROLLBACK");
            } catch {
              // the connection is in trouble; the error below says why
            }
          }
          await rollback();
        }
        throw error;
      }
    };
    return transaction;
  };
  return adapter;
}

/** Runs a statement, noting whether the database took a write or refused it for a fault of its own. */
async function watchWrites<R>(run: (query: Query) => Promise<R>, query: Query): Promise<R> {
  try {
    const result = await run(query);
    if (WRITE.test(query.sql)) noteWriteSucceeded();
    return result;
  } catch (error) {
    if (isDatabaseFault(error)) noteWriteFailed(error);
    throw error;
  }
}
