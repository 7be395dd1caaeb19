import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { itemEditorData } from "@/lib/quiz/bank";
import { ItemEditorPage } from "../_components/item-editor-page";

type Props = { params: Promise<{ readingId: string; itemId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bank.editor"))("editTitle") };
}

/** An item of one of the teacher's own readings, to edit (a new revision once a quiz has begun). */
export default async function EditItemPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  const { readingId, itemId } = await params;
  return <ItemEditorPage data={await itemEditorData(db, me.id, readingId, itemId)} />;
}
