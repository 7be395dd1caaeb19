import { boardMarkdown } from "@/lib/debate/export";
import { attachment, loadOwnBoard, markdownWords, notFoundResponse } from "../download";

/** The board as a readable document (a section per side, threads nested), in the teacher's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const board = await loadOwnBoard(params);
  if (!board) return notFoundResponse();
  return attachment(
    boardMarkdown(board, await markdownWords(board)),
    "text/markdown; charset=utf-8",
    board.title,
    "md",
  );
}
