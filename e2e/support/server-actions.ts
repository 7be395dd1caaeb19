import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/** The modules the tests call directly, so a renamed action fails the type check rather than a browser test. */
type ActionModules = {
  "lib/accounts/actions.ts": typeof import("@/lib/accounts/actions");
  "lib/classes/actions.ts": typeof import("@/lib/classes/actions");
  "lib/debate/actions.ts": typeof import("@/lib/debate/actions");
  "lib/debate/teacher-actions.ts": typeof import("@/lib/debate/teacher-actions");
  "lib/quiz/bank-actions.ts": typeof import("@/lib/quiz/bank-actions");
  "lib/readings/authoring-actions.ts": typeof import("@/lib/readings/authoring-actions");
};

/**
 * Calls a server action the way an attacker could: straight over HTTP with its id, skipping every page
 * and form. Ids are public (they ship in the client JavaScript); here they are read from the build.
 */
export function serverActionId<F extends keyof ActionModules>(
  filename: F,
  exportedName: keyof ActionModules[F] & string,
): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.filename === filename && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`No server action ${filename}#${exportedName} in the build`);
  return entry[0];
}

export async function callServerAction(
  request: APIRequestContext,
  path: string,
  id: string,
  args: unknown[],
): Promise<string> {
  const response = await request.post(path, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(args),
  });
  return response.text();
}
