import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveBus } from "@/lib/live/bus";
import { memoryTransport } from "@/lib/live/transport";
import { boardEventStream } from "./event-stream";
import { authorTopic, topicBus } from "./events";

const live = new LiveBus(memoryTransport());
const boards = topicBus("board", () => live);
const progress = topicBus("progress", () => live);
const authors = topicBus("author", () => live);

type Open = { teacher?: boolean; viewerId?: string; after?: number | null; again?: boolean; latest?: number };

function open({ teacher = false, viewerId = "student-1", after = null, again = false, latest = 0 }: Open = {}) {
  const client = new AbortController();
  const stream = boardEventStream({
    debateId: "board-1",
    assignmentId: "assignment-1",
    teacher,
    viewerId,
    after,
    again,
    boards,
    progress,
    authors,
    latestSeq: async () => latest,
    signal: client.signal,
  });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  /** Reads until the stream has sent `count` change events (or fails after 2 s). */
  const changes = async (count: number) => {
    const deadline = Date.now() + 2000;
    while ((text.match(/event: change/g) ?? []).length < count) {
      if (Date.now() > deadline) throw new Error(`only got: ${text}`);
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    return [...text.matchAll(/event: change\ndata: (.*)\n/g)].map(
      (m) => JSON.parse(m[1]!) as { kind: string; seq: number },
    );
  };
  return { client, reader, changes, text: () => text };
}

afterEach(() => vi.useRealTimers());

describe("a board's event stream", () => {
  it("passes the board's changes on, and not a teacher-only change to a student", async () => {
    const student = open();
    await boards.publish({ debateId: "board-1", kind: "report", at: 1, seq: 1 });
    await boards.publish({ debateId: "board-1", kind: "hiddenRating", at: 1, seq: 2 });
    await boards.publish({ debateId: "board-1", kind: "post", at: 2, seq: 3 });
    await progress.publish({ debateId: "assignment-1", kind: "progress", at: 3, seq: 0 });
    await boards.publish({ debateId: "board-2", kind: "post", at: 4, seq: 9 });
    expect(await student.changes(1)).toEqual([{ kind: "post", at: 2, seq: 3 }]);
    student.client.abort();
  });

  it("gives the teacher every change on the board and the class's reading progress", async () => {
    const teacher = open({ teacher: true });
    await boards.publish({ debateId: "board-1", kind: "report", at: 1, seq: 1 });
    await boards.publish({ debateId: "board-1", kind: "hiddenRating", at: 1, seq: 2 });
    await progress.publish({ debateId: "assignment-1", kind: "progress", at: 2, seq: 0 });
    expect((await teacher.changes(3)).map((c) => c.kind)).toEqual(["report", "hiddenRating", "progress"]);
    teacher.client.abort();
  });

  it("ends every subscription and its heartbeat when the browser goes away", async () => {
    vi.useFakeTimers();
    const timersBefore = vi.getTimerCount();
    const teacher = open({ teacher: true });
    expect(boards.listenerCount("board-1")).toBe(1);
    expect(progress.listenerCount("assignment-1")).toBe(1);
    expect(vi.getTimerCount()).toBe(timersBefore + 1);
    teacher.client.abort();
    expect(boards.listenerCount("board-1")).toBe(0);
    expect(progress.listenerCount("assignment-1")).toBe(0);
    expect(vi.getTimerCount()).toBe(timersBefore);
    expect((await teacher.reader.read()).done).toBe(false); // the "retry" line sent before the abort…
    expect((await teacher.reader.read()).done).toBe(true); // …then nothing: the stream is closed
  });

  it("ends them too when the response is cancelled instead (the connection closed under it)", async () => {
    const student = open();
    expect(boards.listenerCount("board-1")).toBe(1);
    expect(authors.listenerCount(authorTopic("board-1", "student-1"))).toBe(1);
    await student.reader.cancel();
    expect(boards.listenerCount("board-1")).toBe(0);
    expect(authors.listenerCount(authorTopic("board-1", "student-1"))).toBe(0);
  });

  it("tells a student, and no one else, of a change to what they may do with their own posts", async () => {
    const author = open({ viewerId: "student-1" });
    const other = open({ viewerId: "student-2" });
    // The teacher's page does not listen for it, whoever the teacher is.
    const teacher = open({ teacher: true, viewerId: "student-1" });
    expect(authors.listenerCount(authorTopic("board-1", "student-1"))).toBe(1);
    await authors.publish({ debateId: authorTopic("board-1", "student-1"), kind: "ownPost", at: 1, seq: 0 });
    await authors.publish({ debateId: authorTopic("board-2", "student-2"), kind: "ownPost", at: 2, seq: 0 });
    await boards.publish({ debateId: "board-1", kind: "post", at: 3, seq: 5 });
    expect(await author.changes(2)).toEqual([
      { kind: "ownPost", at: 1, seq: 0 },
      { kind: "post", at: 3, seq: 5 },
    ]);
    // The others' first change is the post: the author's news (of another board, too) never reached them.
    expect(await other.changes(1)).toEqual([{ kind: "post", at: 3, seq: 5 }]);
    expect(await teacher.changes(1)).toEqual([{ kind: "post", at: 3, seq: 5 }]);
    for (const stream of [author, other, teacher]) stream.client.abort();
  });

  it("tells a reconnecting browser at once when the board moved past the last number it saw", async () => {
    const behind = open({ after: 4, latest: 6 });
    expect(await behind.changes(1)).toEqual([expect.objectContaining({ kind: "resync", seq: 6 })]);
    behind.client.abort();
  });

  it("says nothing to a browser that missed nothing, until the next change", async () => {
    const current = open({ after: 6, latest: 6 });
    await Promise.resolve();
    await boards.publish({ debateId: "board-1", kind: "post", at: 7, seq: 7 });
    expect(await current.changes(1)).toEqual([{ kind: "post", at: 7, seq: 7 }]);
    current.client.abort();
  });

  it("has a reconnecting teacher fetch again (reading progress is not numbered), but not on the first connection", async () => {
    const again = open({ teacher: true, after: 6, latest: 6, again: true });
    expect((await again.changes(1)).map((c) => c.kind)).toEqual(["resync"]);
    again.client.abort();
    const first = open({ teacher: true, after: 6, latest: 6 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await boards.publish({ debateId: "board-1", kind: "settings", at: 8, seq: 7 });
    expect((await first.changes(1)).map((c) => c.kind)).toEqual(["settings"]);
    first.client.abort();
  });
});
