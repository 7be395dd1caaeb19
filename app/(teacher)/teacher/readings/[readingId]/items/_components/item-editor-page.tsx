import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import type { itemEditorData } from "@/lib/quiz/bank";
import { ItemEditor } from "./item-editor";

type Data = Awaited<ReturnType<typeof itemEditorData>>;

/** The page around the item editor, for a new item and for an edit. */
export async function ItemEditorPage({ data }: { data: Data }) {
  if (!data) notFound();
  const t = await getTranslations("bank");
  const { reading, editing, started } = data;
  return (
    <section className="stack">
      <p>
        <Link href={`/teacher/readings/${reading.id}/items`}>{t("backToBank", { title: reading.title })}</Link>
      </p>
      <h1>{t(editing ? "editor.editTitle" : "editor.addTitle")}</h1>
      <p className="hint">{t("editor.readingLabel", { title: reading.title })}</p>
      {/* The preview draws the item with the student's quiz controls, which speak the "quiz" catalog. */}
      <ClientMessages namespaces={["errors", "bank", "quiz"]}>
        <ItemEditor
          readingId={reading.id}
          textLang={reading.language}
          paragraphs={reading.paragraphs}
          editing={editing}
          started={started}
        />
      </ClientMessages>
    </section>
  );
}
