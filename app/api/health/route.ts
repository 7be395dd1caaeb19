import { db } from "@/lib/db";
import { checkHealth } from "@/lib/server/health";
import { isDraining } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

/** For the school's monitoring and a load balancer: 200 when all is well, 503 and why when not (lib/server/health.ts). */
export async function GET() {
  const { httpStatus, ...body } = await checkHealth(db, isDraining());
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
