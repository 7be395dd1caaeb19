import { getTranslations } from "next-intl/server";
import { isReplyKind } from "@/lib/debate/phases";
import { excerpt } from "@/lib/text/excerpt";

const REPLY_EXCERPT = 30;

/**
 * What a post is called in headings and in the names of the forms acting on it: an argument by its claim,
 * a reply (which has no claim) by its kind, author and opening words. The same name on the board and in
 * the reports queue lets the teacher (and a screen reader's form list) match the two.
 */
export async function postNamer() {
  const t = await getTranslations("debateTeacher");
  const tDebate = await getTranslations("debate");
  return (post: { kind: string; claim: string; body: string; author: string }) => {
    if (post.kind === "argument") return post.claim || excerpt(post.body, REPLY_EXCERPT);
    const kind = isReplyKind(post.kind) ? tDebate(`kind.${post.kind}`) : post.kind;
    return t("board.replyName", { author: post.author, kind, excerpt: excerpt(post.body, REPLY_EXCERPT) });
  };
}
