import { LiveBus } from "./bus";
import { listenForForgets } from "./forget";
import { postgresTransport } from "./postgres-transport";
import { redisTransport } from "./redis-transport";
import { sharedService } from "./shared-service";
import { memoryTransport, type Transport } from "./transport";

/** The transport of this deployment's shared service (lib/live/shared-service.ts). */
function createTransport(env: NodeJS.ProcessEnv): Transport {
  const service = sharedService(env);
  if (service.kind === "redis") return redisTransport(service.url);
  return service.kind === "postgresql" ? postgresTransport(service.url) : memoryTransport();
}

// One bus per server process, made on first use (not while Next builds the app), kept on globalThis so Next's
// separately bundled route handlers and server actions share it.
const holder = globalThis as unknown as { classroomLiveBus?: LiveBus };

export function liveBus(): LiveBus {
  if (!holder.classroomLiveBus) {
    holder.classroomLiveBus = new LiveBus(createTransport(process.env));
    listenForForgets(holder.classroomLiveBus);
  }
  return holder.classroomLiveBus;
}

/**
 * The bus if this process made one (a server process makes it as it starts: instrumentation.ts), else
 * undefined: a command-line script (admin:create, retention, the seed) must not open a listening connection
 * that would keep it from exiting.
 */
export function liveBusIfRunning(): LiveBus | undefined {
  return holder.classroomLiveBus;
}
