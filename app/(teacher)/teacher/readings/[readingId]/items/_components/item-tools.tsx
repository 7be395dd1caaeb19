import { ArrowDown, ArrowUp, Copy, Pencil } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { duplicateItemAction, moveItemAction } from "@/lib/quiz/bank-actions";

type Props = { readingId: string; itemId: string; n: number; first: boolean; last: boolean };

/** Edit, duplicate and move one item of the bank. Plain forms: they work before any JavaScript has loaded. */
export async function ItemTools({ readingId, itemId, n, first, last }: Props) {
  const t = await getTranslations("bank");
  const hidden = (
    <>
      <input type="hidden" name="readingId" value={readingId} />
      <input type="hidden" name="itemId" value={itemId} />
    </>
  );
  return (
    <div className="button-row">
      <Link href={`/teacher/readings/${readingId}/items/${itemId}`} className="button">
        <Pencil className="icon" aria-hidden="true" /> {t("edit", { n })}
      </Link>
      <form action={duplicateItemAction}>
        {hidden}
        <button type="submit" className="button">
          <Copy className="icon" aria-hidden="true" /> {t("duplicate", { n })}
        </button>
      </form>
      <form action={moveItemAction}>
        {hidden}
        <button type="submit" name="by" value="up" className="button" disabled={first}>
          <ArrowUp className="icon" aria-hidden="true" /> {t("moveUp", { n })}
        </button>
        <button type="submit" name="by" value="down" className="button" disabled={last}>
          <ArrowDown className="icon" aria-hidden="true" /> {t("moveDown", { n })}
        </button>
      </form>
    </div>
  );
}
