"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { idSchema as id } from "@/lib/id-schema";
import { argumentInputSchema, rateArgumentSchema, replyInputSchema, stanceSchema } from "./limits";
import { postArgument, postReply, rateArgument, reportPost } from "./posts";
import { SIDES } from "./sides";
import { chooseSide, setStance } from "./student";

/** The student's writes on a board. Each is a public endpoint: zod first, then the rules in lib/debate. */

const boardPage = "/student/assignments/[assignmentId]/debate";
const refresh = () => revalidatePath(boardPage, "page");

// Posts and ratings do not revalidate the page: that would make every post answer with a fresh render
// of the whole board (measured: seconds per post with 40 students posting). The board's event stream tells
// every open page, the poster's included, to refresh, at most once a second (components/live-refresh.tsx).
const argumentAction = action(argumentInputSchema, ["STUDENT"], (input, me) => postArgument(db, me.id, input));
export async function postMyArgument(_previous: unknown, form: unknown) {
  return argumentAction(formToObject(form));
}

const replyAction = action(replyInputSchema.extend({ debateId: id }), ["STUDENT"], (input, me) =>
  postReply(db, me.id, input),
);
export async function postMyReply(_previous: unknown, form: unknown) {
  return replyAction(formToObject(form));
}

// An empty value withdraws the rating.
const rateSchema = z.union([
  rateArgumentSchema.extend({ debateId: id }),
  z.object({ debateId: id, postId: id, value: z.literal("").transform(() => null) }),
]);
const rateAction = action(rateSchema, ["STUDENT"], (input, me) => rateArgument(db, me.id, input));
export async function rateAnArgument(_previous: unknown, form: unknown) {
  return rateAction(formToObject(form));
}

const reportAction = action(
  z.object({ debateId: id, postId: id, reason: z.string().trim().max(1000, { error: "reasonTooLong" }).default("") }),
  ["STUDENT"],
  (input, me) => reportPost(db, me.id, input),
);
export async function reportAPost(_previous: unknown, form: unknown) {
  return reportAction(formToObject(form));
}

const sideAction = action(
  z.object({ debateId: id, side: z.enum(SIDES, { error: "sideInvalid" }) }),
  ["STUDENT"],
  async (input, me) => {
    await chooseSide(db, me.id, input);
    refresh();
  },
);
export async function chooseMySide(_previous: unknown, form: unknown) {
  return sideAction(formToObject(form));
}

const stanceAction = action(
  z.object({ debateId: id, which: z.enum(["before", "after"]), value: stanceSchema }),
  ["STUDENT"],
  async (input, me) => {
    await setStance(db, me.id, input);
    refresh();
  },
);
export async function giveMyStance(_previous: unknown, form: unknown) {
  return stanceAction(formToObject(form));
}
