import { type Side, sideOf } from "./sides";

/**
 * Which side a post counts for, shared by the teacher's report (evidence map) and the board's export, so
 * the two never disagree about a post.
 */

/**
 * The side a post's evidence counts for: an argument's own side (a steelman argument's is the side it
 * argues, not its author's); a reply's AUTHOR's side. A reply's kind only says how it relates to its parent
 * (a rebuttal in the other side's thread argues for its author's side, a rebuttal of a rebuttal for the
 * thread's), so the thread's side would credit evidence to the side it was used against. The author's
 * side is the one they hold now: if the teacher moved them, their earlier replies move too (no history).
 */
export function evidenceSide(post: { kind: string; side: string | null }, authorSide: Side | null): Side | null {
  return post.kind === "argument" ? sideOf(post.side) : authorSide;
}
