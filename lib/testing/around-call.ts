import type { Db } from "@/lib/db/client";

type Model = { [K in keyof Db]: Db[K] extends { findMany: unknown } ? K : never }[keyof Db];

/**
 * For race tests (docs/decisions/0015): `db` whose first call of `model.method` runs `otherTab` (the other
 * party's whole request) just before or just after itself. `state.ran` tells whether that moment came.
 */
export function aroundCall(
  db: Db,
  model: Model,
  method: string,
  when: "before" | "after",
  otherTab: () => Promise<unknown>,
) {
  const state = { ran: false };
  const wrapped = new Proxy(db[model] as object, {
    get(target, key, receiver) {
      const real = Reflect.get(target, key, receiver) as (args: unknown) => Promise<unknown>;
      if (key !== method || state.ran) return real;
      return async (args: unknown) => {
        state.ran = true;
        if (when === "before") await otherTab();
        const result = await real.call(target, args);
        if (when === "after") await otherTab();
        return result;
      };
    },
  });
  return { db: new Proxy(db, { get: (d, key) => (key === model ? wrapped : Reflect.get(d, key)) }) as Db, state };
}
