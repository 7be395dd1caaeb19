import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { announce, type BoardEvent, boardBus, latestEventSeq } from "./events";

describe.each(TEST_PROVIDERS)("a board's live events (%s)", (provider) => {
  let t: TestDatabase;
  let debateId: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    debateId = (await t.db.debate.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(() => t?.drop());

  const heardDuring = async (id: string, act: () => Promise<unknown>) => {
    const heard: BoardEvent[] = [];
    const off = boardBus.subscribe(id, (event) => heard.push(event));
    try {
      await act();
    } finally {
      off();
    }
    expect(boardBus.listenerCount(id)).toBe(0);
    return heard;
  };

  it("numbers a board's events in the database, one by one, the same for every process", async () => {
    const before = await latestEventSeq(t.db, debateId);
    // A second client on the same database stands for a second server process.
    const otherProcess = createDb(t.target);
    try {
      const heard = await heardDuring(debateId, async () => {
        await announce(t.db, debateId, "post");
        await announce(otherProcess, debateId, "rating");
        await announce(t.db, debateId, "phase");
      });
      expect(heard.map((e) => [e.kind, e.seq])).toEqual([
        ["post", before + 1],
        ["rating", before + 2],
        ["phase", before + 3],
      ]);
      expect(await latestEventSeq(otherProcess, debateId)).toBe(before + 3);
    } finally {
      await otherProcess.$disconnect();
    }
  });

  it("counts concurrent changes without losing or repeating a number", async () => {
    const before = await latestEventSeq(t.db, debateId);
    const heard = await heardDuring(debateId, () =>
      Promise.all(Array.from({ length: 20 }, () => announce(t.db, debateId, "post"))),
    );
    expect(heard.map((e) => e.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
  });

  it("stamps each changed post, and any left unstamped, with a number of its board's, under concurrent changes", async () => {
    const before = await latestEventSeq(t.db, debateId);
    const { userId: authorId } = await t.db.enrollment.findFirstOrThrow({
      where: { user: { role: "STUDENT" }, classroom: { assignments: { some: { debate: { id: debateId } } } } },
      select: { userId: true },
    });
    const post = (n: number) =>
      t.db.debatePost.create({
        data: { debateId, authorId, kind: "argument", side: "first", claim: `Claim ${n}`, body: "Body." },
        select: { id: true },
      });
    // Left unstamped, as by a write whose announcement failed.
    const leftOver = await post(0);
    const posts = await Promise.all(Array.from({ length: 12 }, (_, n) => post(n + 1)));
    // On SQLite the app is one process (one client); a second client's transaction would wait for the first
    // while holding the thread the first needs to finish.
    const otherProcess = provider === "postgresql" ? createDb(t.target) : t.db;
    try {
      const heard = await heardDuring(debateId, () =>
        Promise.all(posts.map(({ id }, n) => announce(n % 2 ? otherProcess : t.db, debateId, "post", [id]))),
      );
      expect(heard.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => before + i + 1),
      );
    } finally {
      if (otherProcess !== t.db) await otherProcess.$disconnect();
    }
    const stamped = await t.db.debatePost.findMany({
      where: { id: { in: [leftOver, ...posts].map((p) => p.id) } },
      select: { changeSeq: true },
    });
    expect(stamped).toHaveLength(13);
    for (const { changeSeq } of stamped) {
      expect(changeSeq).toBeGreaterThan(before);
      expect(changeSeq).toBeLessThanOrEqual(before + 12);
    }
  });

  it("announces nothing for a board that is gone, and does not throw (the change itself is already kept)", async () => {
    const heard = await heardDuring("no-such-board", async () => {
      await announce(t.db, "no-such-board", "post");
      await announce(t.db, "no-such-board", "post", ["no-such-post"]);
    });
    expect(heard).toEqual([]);
    expect(await latestEventSeq(t.db, "no-such-board")).toBe(0);
  });
});
