import type { Db } from "@/lib/db/client";

type AuditData = Parameters<Db["debateModeration"]["create"]>[0]["data"];

/**
 * The same client, except that every debate audit row names an actor who does not exist, so writing it
 * fails on the foreign key. A change written in one transaction with its audit row must then be undone.
 */
export function withFailingAudit(db: Db): Db {
  const debateModeration = {
    create: ({ data }: { data: AuditData }) => {
      if (!("debateId" in data) || typeof data.debateId !== "string")
        throw new Error("withFailingAudit expects audit rows written with ids");
      return db.debateModeration.create({ data: { ...data, debateId: data.debateId, actorId: "no-such-user" } });
    },
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "debateModeration") return debateModeration;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
