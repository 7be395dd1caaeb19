import type { IncomingMessage } from "node:http";

// A Pages Router page sends its props twice: rendered into the HTML, and as JSON (__NEXT_DATA__) for the
// browser to hydrate with. A large part the browser can take from the HTML need not travel twice
// (docs/decisions/0051).

/** Whether this is the browser asking for a page's props as JSON (a client-side refresh), not for the page. */
export function isDataRequest(req: IncomingMessage): boolean {
  return req.headers["x-nextjs-data"] !== undefined;
}

/**
 * Leaves `key` of `object` to the server's render only: JSON.stringify skips a property that is not enumerable,
 * and Next hands the objects inside getServerSideProps's props to the render as they are (only the outer object
 * is copied), so the render still reads it.
 */
export function renderOnly<T extends object>(object: T, key: keyof T): void {
  Object.defineProperty(object, key, { value: object[key], enumerable: false });
}
