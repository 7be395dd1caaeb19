import { getTranslations } from "next-intl/server";

/** Columns or tree: plain links to ?view=…, so the choice survives a reload and needs no script. */
export async function ViewSwitch({ tree }: { tree: boolean }) {
  const t = await getTranslations("debate");
  return (
    <nav className="button-row" aria-label={t("viewSwitch")}>
      <a href="?view=columns" aria-current={!tree ? "page" : undefined}>
        {t("columnsView")}
      </a>
      <a href="?view=tree" aria-current={tree ? "page" : undefined}>
        {t("treeView")}
      </a>
    </nav>
  );
}
