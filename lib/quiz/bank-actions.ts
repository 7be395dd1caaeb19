"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { buttonAction, formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { idSchema as id } from "@/lib/id-schema";
import { removeBankItem } from "./bank";
import { addItem, duplicateItem, editItem, moveItem } from "./bank-edits";
import { itemFormSchema } from "./item-form";

/** The teacher's writes on a reading's question bank. Each is a public endpoint: zod, then a query naming them. */

export const removeBankItemAction = formAction(
  z.object({ readingId: id, itemId: id }),
  ["TEACHER"],
  async (input, me) => {
    await removeBankItem(db, me.id, input.readingId, input.itemId);
    revalidatePath(`/teacher/readings/${input.readingId}/items`);
  },
);

/**
 * The item editor's save: a new item, or the next revision of the one it edited; then back to the bank (the
 * edited revision's own page is gone).
 */
export const saveItemAction = formAction(itemFormSchema, ["TEACHER"], async ({ readingId, itemId, item }, me) => {
  if (itemId) await editItem(db, me.id, readingId, itemId, item);
  else await addItem(db, me.id, readingId, item);
  revalidatePath(`/teacher/readings/${readingId}/items`);
  redirect(`/teacher/readings/${readingId}/items`);
});

export const duplicateItemAction = buttonAction(
  z.object({ readingId: id, itemId: id }),
  ["TEACHER"],
  async (input, me) => {
    await duplicateItem(db, me.id, input.readingId, input.itemId);
    revalidatePath(`/teacher/readings/${input.readingId}/items`);
  },
);

export const moveItemAction = buttonAction(
  z.object({ readingId: id, itemId: id, by: z.enum(["up", "down"]) }),
  ["TEACHER"],
  async (input, me) => {
    await moveItem(db, me.id, input.readingId, input.itemId, input.by === "up" ? -1 : 1);
    revalidatePath(`/teacher/readings/${input.readingId}/items`);
  },
);
