import { getTranslations } from "next-intl/server";
import type { Side } from "@/lib/debate/sides";
import type { BoardView } from "@/lib/debate/view";
import type { SideNames } from "@/lib/debate/wording";
import { SideForm } from "./side-form";

/**
 * The student's side: the choice while the board is open (when students choose), then the side they are on,
 * or, when the teacher assigns sides, that none has been assigned yet.
 */
export async function MySide({
  board,
  side,
  open,
  sideNames,
}: {
  board: NonNullable<BoardView>["board"];
  side: Side | null;
  open: boolean;
  sideNames: SideNames;
}) {
  const t = await getTranslations("debate");
  return (
    <>
      {open && board.sideMode === "choose" && (
        <SideForm debateId={board.id} sides={board.sides} current={side} sideNames={sideNames} />
      )}
      {side ? (
        <p>{t("yourSide", { side: sideNames[side] })}</p>
      ) : (
        board.sideMode === "assigned" && <p>{t("waitForSide")}</p>
      )}
    </>
  );
}
