/**
 * Browsers ask for /favicon.ico on every page that names no icon (the Pages Router's reader and quiz among
 * them): it is the app's one icon, app/icon.svg, rather than a 404 in every log.
 */
export function GET(request: Request): Response {
  return Response.redirect(new URL("/icon.svg", request.url), 308);
}
