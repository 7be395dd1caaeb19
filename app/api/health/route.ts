import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For the school's monitoring: 200 when the app can reach its database, 503 when it cannot. */
export async function GET() {
  try {
    await db.user.count({ take: 1 });
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "database unavailable" }, { status: 503 });
  }
}
