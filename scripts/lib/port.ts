import { createServer } from "node:net";

/**
 * Whether another program already listens on `port` (on any address, as `next start` will): the error code
 * when it does (EADDRINUSE, or EACCES for a port this user may not open), else null.
 */
export function portInUse(port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen(port, () => probe.close(() => resolve(null)));
  });
}
