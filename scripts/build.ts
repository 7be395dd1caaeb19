// `npm run build`: next build, then record what it was built from (see lib/setup/build-stamp.ts).
import { spawnSync } from "node:child_process";
import { stampBuild } from "../lib/setup/build-stamp";

const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) process.exit(build.status ?? 1);
stampBuild();
