// `npm run build`: next build, then record what it was built from (see lib/setup/build-stamp.ts).
// Servers built on different machines from the same sources and the same NEXTAUTH_SECRET are interchangeable:
// the build id comes from the sources and the server-action key from the secret (docs/decisions/0049).
import { spawnSync } from "node:child_process";
import { buildId, stampActionsKey, stampBuild } from "../lib/setup/build-stamp";
import { ensureAuthSecret, serverActionsKey } from "../lib/setup/secret";

const actionsKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || serverActionsKey(ensureAuthSecret().secret);
const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey,
    CLASSROOM_BUILD_ID: buildId(),
  },
});
if (build.status !== 0) process.exit(build.status ?? 1);
stampBuild();
stampActionsKey(actionsKey);
