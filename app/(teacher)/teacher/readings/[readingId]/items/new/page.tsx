import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { itemEditorData } from "@/lib/quiz/bank";
import { ItemEditorPage } from "../_components/item-editor-page";

type Props = { params: Promise<{ readingId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bank.editor"))("addTitle") };
}

/** A new item for one of the teacher's own readings. */
export default async function NewItemPage({ params }: Props) {
  const me = await requireUser(["TEACHER"]);
  return <ItemEditorPage data={await itemEditorData(db, me.id, (await params).readingId)} />;
}
