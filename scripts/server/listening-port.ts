import type { ChildProcess } from "node:child_process";

/**
 * For the preloads' tests: the port a test server started with `node -e` prints as "PORT n" once it listens,
 * or a rejection with what it printed if it stops first. `output` reads what the child has printed so far.
 */
export function listeningPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const wait = setInterval(() => {
      const found = /PORT (\d+)/.exec(output());
      if (!found) return;
      clearInterval(wait);
      resolve(Number(found[1]));
    }, 20);
    child.once("exit", () => {
      clearInterval(wait);
      reject(new Error(`the test server stopped: ${output()}`));
    });
  });
}
