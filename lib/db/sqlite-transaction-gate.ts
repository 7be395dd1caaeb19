import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Keeps every other statement out of an open transaction, on the SQLite adapter's one connection.
 *
 * Why: the adapter's own lock orders transactions against each other only. A plain statement from another
 * request, sent while a transaction was open (Prisma opens one for every batch and nested write), ran inside
 * it, and was lost when that transaction rolled back, after the request had been told it was saved
 * (measured: 2 of 300 acknowledged writes beside failing batches; lib/db/sqlite-transactions.db.test.ts).
 *
 * How: a count of transactions open or waiting to open, raised before the adapter takes its lock and lowered
 * after commit or rollback. A plain statement runs at once when the count is 0 (checked and run in the same
 * tick: better-sqlite3 runs it synchronously), else waits until it is. Statements of the transaction itself
 * go through the transaction object and are not held. So inside `$transaction(async (tx) => …)` use `tx`: a
 * query on the plain client there would wait for the transaction, which waits for it.
 */
export function gateStatementsOutOfTransactions(adapter: Adapter): Adapter {
  let open = 0;
  let waiting: (() => void)[] = [];
  const closed = () => {
    open--;
    if (open > 0) return;
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };
  const outsideTransactions = <A, R>(run: (arg: A) => Promise<R>) =>
    async function gated(arg: A): Promise<R> {
      while (open > 0) await new Promise<void>((resume) => waiting.push(resume));
      return run(arg);
    };

  const queryRaw = outsideTransactions(adapter.queryRaw.bind(adapter));
  const executeRaw = outsideTransactions(adapter.executeRaw.bind(adapter));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = queryRaw;
  adapter.executeRaw = executeRaw;
  adapter.startTransaction = async (isolationLevel) => {
    open++;
    let transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      closed();
      throw error;
    }
    let ended = false;
    const end = <R>(finish: () => Promise<R>) => async () => {
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
    transaction.rollback = end(transaction.rollback.bind(transaction));
    return transaction;
  };
  return adapter;
}
