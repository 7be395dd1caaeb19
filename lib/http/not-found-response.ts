import { getTranslations } from "next-intl/server";

/**
 * The 404 of a route handler (downloads, the board's event stream), in the user's language. The same reply
 * whether the record is missing or someone else's, so it confirms nothing.
 */
export async function notFoundResponse(): Promise<Response> {
  const t = await getTranslations("notFound");
  return new Response(`${t("title")}\n\n${t("body")}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
