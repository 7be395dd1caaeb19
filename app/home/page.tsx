import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { homePathFor } from "@/lib/auth/roles";

/** Where sign-in lands: each role's own home. */
export default async function HomeRedirect(): Promise<never> {
  const me = await requireUser();
  redirect(homePathFor(me.role));
}
