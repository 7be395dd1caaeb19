import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { createOnce } from "@/lib/idempotency";
import { excerpt } from "@/lib/text/excerpt";
import { announce } from "./events";
import { auditEntry, requireTeacherBoard } from "./teacher";
import type { PromptInput, RemovePromptInput } from "./teacher-schema";

/**
 * The teacher's prompts on a board: a question or a nudge to the whole class ("which figure in ¶12 can
 * you trace?"), shown above the columns to everyone in every phase, marked as the teacher's. A prompt is a
 * DebatePost of kind "prompt" at depth 0 with no side, so it is stored, exported and deleted with the board
 * like any post; students answer it in their arguments and replies, not under it. Each is audited.
 */

export async function postPrompt(db: Db, teacherId: string, input: PromptInput, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  const earlier = (clientKey: string) =>
    db.debatePost.findFirst({ where: { authorId: teacherId, clientKey, debateId: board.id }, select: { id: true } });
  // The prompt and its audit row in one batch, so neither is written without the other; its id is made
  // here so the audit row can name it.
  const id = randomUUID();
  const { row: post } = await createOnce(input.clientKey, earlier, async () => {
    const [created] = await db.$transaction([
      db.debatePost.create({
        data: {
          id,
          debateId: board.id,
          authorId: teacherId,
          kind: "prompt",
          body: input.body,
          createdAt: now,
          clientKey: input.clientKey,
        },
        select: { id: true },
      }),
      auditEntry(db, {
        debateId: board.id,
        actorId: teacherId,
        action: "prompt:post",
        postId: id,
        reason: excerpt(input.body, 60),
        at: now,
      }),
    ]);
    return created;
  });
  await announce(db, board.id, "post");
  return post;
}

/** Takes a prompt off the board (the audit trail keeps its start). Only prompts: students' posts are hidden, not deleted. */
export async function removePrompt(db: Db, teacherId: string, input: RemovePromptInput, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  const prompt = await db.debatePost.findFirst({
    where: { id: input.postId, debateId: board.id, kind: "prompt" },
    select: { id: true, body: true },
  });
  if (!prompt) fail("notFound");
  await db.$transaction([
    auditEntry(db, {
      debateId: board.id,
      actorId: teacherId,
      action: "prompt:remove",
      reason: excerpt(prompt.body, 60),
      at: now,
    }),
    db.debatePost.deleteMany({ where: { id: prompt.id } }),
  ]);
  await announce(db, board.id, "post");
}
