import { boardCsv } from "@/lib/debate/export";
import { attachment, csvWords, loadOwnBoard, notFoundResponse } from "../download";

/** The board as a spreadsheet, one row a post (hidden ones marked), in the teacher's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const board = await loadOwnBoard(params);
  if (!board) return notFoundResponse();
  return attachment(boardCsv(board, await csvWords(board)), "text/csv; charset=utf-8", board.title, "csv");
}
