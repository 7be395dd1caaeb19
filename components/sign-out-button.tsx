import { signOut } from "@/lib/accounts/sign-out";

/** A form post: works without JavaScript and costs none. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
