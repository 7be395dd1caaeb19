"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { idSchema as id } from "@/lib/id-schema";
import {
  argumentInputSchema,
  editPostSchema,
  rateArgumentSchema,
  replyInputSchema,
  stanceSchema,
  withdrawPostSchema,
} from "./limits";
import { editOwnPost, withdrawOwnPost } from "./own-posts";
import { postArgument, postReply, rateArgument, reportPost } from "./posts";
import { SIDES } from "./sides";
import { chooseSide, setStance } from "./student";

/** The student's writes on a board. Each is a public endpoint: zod first, then the rules in lib/debate. */

const boardPage = "/student/assignments/[assignmentId]/debate";
const refresh = () => revalidatePath(boardPage, "page");

// Posts and ratings do not revalidate the page: that would make every post answer with a fresh render
// of the whole board (measured: seconds per post with 40 students posting). The board's event stream tells
// every open page, the poster's included, to refresh, at most once a second (components/live-refresh.tsx).
export const postArgumentAction = formAction(argumentInputSchema, ["STUDENT"], (input, me) =>
  postArgument(db, me.id, input),
);

export const postReplyAction = formAction(replyInputSchema.extend({ debateId: id }), ["STUDENT"], (input, me) =>
  postReply(db, me.id, input),
);

export const editPostAction = formAction(editPostSchema, ["STUDENT"], (input, me) => editOwnPost(db, me.id, input));

export const withdrawPostAction = formAction(withdrawPostSchema, ["STUDENT"], (input, me) =>
  withdrawOwnPost(db, me.id, input),
);

// An empty value withdraws the rating.
const rateSchema = z.union([
  rateArgumentSchema.extend({ debateId: id }),
  z.object({ debateId: id, postId: id, value: z.literal("").transform(() => null) }),
]);
export const rateArgumentAction = formAction(rateSchema, ["STUDENT"], (input, me) => rateArgument(db, me.id, input));

export const reportPostAction = formAction(
  z.object({ debateId: id, postId: id, reason: z.string().trim().max(1000, { error: "reasonTooLong" }).default("") }),
  ["STUDENT"],
  (input, me) => reportPost(db, me.id, input),
);

export const chooseSideAction = formAction(
  z.object({ debateId: id, side: z.enum(SIDES, { error: "sideInvalid" }) }),
  ["STUDENT"],
  async (input, me) => {
    await chooseSide(db, me.id, input);
    refresh();
  },
);

export const setStanceAction = formAction(
  z.object({ debateId: id, which: z.enum(["before", "after"]), value: stanceSchema }),
  ["STUDENT"],
  async (input, me) => {
    await setStance(db, me.id, input);
    refresh();
  },
);
