"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { idSchema as id } from "@/lib/id-schema";
import { removeBankItem } from "./bank";

/** The teacher's writes on a reading's question bank. Each is a public endpoint: zod, then a query naming them. */

export const removeBankItemAction = formAction(
  z.object({ readingId: id, itemId: id }),
  ["TEACHER"],
  async (input, me) => {
    await removeBankItem(db, me.id, input.readingId, input.itemId);
    revalidatePath(`/teacher/readings/${input.readingId}/items`);
  },
);
