import type { Messages } from "next-intl";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadBoardExport } from "@/lib/debate/board-export-data";
import type { BoardCsvWords, BoardExport, BoardMarkdownWords, PostKind } from "@/lib/debate/export";
import { REPLY_KINDS } from "@/lib/debate/phases";
import { boardWording } from "@/lib/debate/wording-words";
import { attachmentDisposition, safeFileName } from "@/lib/http/download";
import { assignmentIdParam } from "@/lib/id-schema";
import { DATE_TIME } from "@/lib/time/formats";

/**
 * What the two export routes share: who may download (the owning teacher; anyone else gets the same 404,
 * so the response does not confirm the board exists), the words in the teacher's language, and the
 * attachment header.
 */

export { notFoundResponse } from "@/lib/http/not-found-response";

/** The board for export, or null for anyone but the teacher who owns the assignment's class. */
export async function loadOwnBoard(params: Promise<{ assignmentId: string }>) {
  const me = await getCurrentUser();
  const assignmentId = await assignmentIdParam(params);
  if (me?.role !== "TEACHER" || !assignmentId) return null;
  return loadBoardExport(db, me.id, assignmentId);
}

async function commonWords(board: BoardExport) {
  const t = await getTranslations("debateTeacher");
  const tDebate = await getTranslations("debate");
  const { sides } = await boardWording(board.wording);
  const kinds = {
    argument: t("argument"),
    prompt: tDebate("kind.prompt"),
    ...Object.fromEntries(REPLY_KINDS.map((k) => [k, tDebate(`kind.${k}`)])),
  } as Record<PostKind, string>;
  return { t, tDebate, sides, kinds };
}

export async function csvWords(board: BoardExport): Promise<BoardCsvWords> {
  const { t, sides, kinds } = await commonWords(board);
  const column = (key: keyof Messages["debateTeacher"]["export"]["columns"]) => t(`export.columns.${key}`);
  return {
    postId: column("postId"),
    parentId: column("parentId"),
    depth: column("depth"),
    kind: column("kind"),
    side: column("side"),
    author: column("author"),
    createdAt: column("createdAt"),
    claim: column("claim"),
    body: column("body"),
    quotes: column("quotes"),
    ratingCount: column("ratingCount"),
    ratingAverage: column("ratingAverage"),
    hidden: column("hidden"),
    hiddenReason: column("hiddenReason"),
    kinds,
    sides,
    yes: t("export.yes"),
  };
}

export async function markdownWords(board: BoardExport): Promise<BoardMarkdownWords> {
  const { t, sides, kinds } = await commonWords(board);
  const format = await getFormatter();
  return {
    // The motion when the teacher wrote none: the reading's, else the catalog's.
    defaultMotion: (await boardWording({ ...board.wording, motion: "" })).motion,
    assignment: t("export.assignment"),
    sides,
    unsided: t("export.unsided"),
    kinds,
    prompts: t("export.prompts"),
    hidden: t("export.hidden"),
    pinned: t("export.pinned"),
    locked: t("export.locked"),
    noArguments: t("export.noArguments"),
    ratings: (count, average) =>
      average === null
        ? t("export.noRatings")
        : t("export.ratings", { count, average: format.number(average, { maximumFractionDigits: 2 }) }),
    // In the school's time zone (next-intl's request config), as on the page.
    formatDate: (date) => format.dateTime(date, DATE_TIME),
  };
}

/**
 * A download named after the assignment. The plain filename is for old clients; browsers that read
 * filename* save it under the title, without the characters Windows refuses in file names.
 */
export async function attachment(body: string, contentType: string, title: string, extension: "csv" | "md") {
  const t = await getTranslations("debateTeacher.export");
  const safe = safeFileName(title);
  const name = `${safe ? `${safe} ` : ""}${t("fileName")}.${extension}`;
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(name, `debate-board.${extension}`),
      "Cache-Control": "private, no-store",
    },
  });
}
