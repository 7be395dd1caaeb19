// `npm run admin:create`: makes a school administrator on this server (docs/decisions/0045). Asks for the
// email, name and password (the password without echo), or takes ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD
// for automation. Migrates the database first, so it works before the first `npm start` too.
import { createInterface } from "node:readline/promises";
import { displayNameSchema, emailSchema, newPasswordSchema } from "../lib/accounts/schema";
import { CreateAdminError, createOrPromoteAdmin } from "../lib/admin/create-admin";
import { createDb } from "../lib/db/client";
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "../lib/db/database-url";
import { prepareDatabase } from "../lib/setup/prepare-database";
import { readHidden } from "./lib/read-hidden";

function stop(message: string): never {
  console.error(`\nCannot create the administrator: ${message}\n`);
  process.exit(1);
}

// zod's messages here are catalog keys (the app shows them in the user's language); this is for the IT person.
const PROBLEMS: Record<string, string> = {
  required: "it is empty",
  emailInvalid: "it is not an email address",
  nameTooLong: "it is longer than 80 characters",
  passwordTooShort: "it is shorter than 8 characters",
  passwordTooLong: "it is longer than 200 characters",
  passwordTooCommon: "it is one of the most common passwords",
};

function check<T>(
  what: string,
  schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: { issues: { message: string }[] } } },
  value: string,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data as T;
  const key = parsed.error?.issues[0]?.message ?? "";
  stop(`the ${what} is not usable: ${PROBLEMS[key] ?? key}.`);
}

let target: ReturnType<typeof parseDatabaseUrl>;
try {
  target = parseDatabaseUrl(process.env.DATABASE_URL);
} catch (error) {
  if (error instanceof DatabaseUrlError) stop(error.message);
  throw error;
}
console.log(`Database: ${describeDatabase(target)}`);
for (const line of await prepareDatabase(target, { seed: false }).catch((e: Error) => stop(e.message)))
  console.log(line);

const fromEnv = Boolean(process.env.ADMIN_EMAIL);
let email = process.env.ADMIN_EMAIL ?? "";
let name = process.env.ADMIN_NAME ?? "";
let password = process.env.ADMIN_PASSWORD ?? "";
if (!fromEnv) {
  if (!process.stdin.isTTY) stop("no terminal to ask in: set ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD instead.");
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  email = await prompt.question("Administrator's email (their login): ");
  name = await prompt.question("Name shown to others (e.g. 王主任): ");
  prompt.close();
  password = await readHidden("Password (not shown): ");
  if ((await readHidden("The same password again: ")) !== password) stop("the two passwords differ.");
} else if (!password) stop("ADMIN_EMAIL is set but ADMIN_PASSWORD is not.");

const input = {
  email: check<string>("email", emailSchema, email),
  displayName: check<string>("name", displayNameSchema, name || email.split("@")[0] || ""),
  password: check<string>("password", newPasswordSchema, password),
};
const db = createDb(target);
try {
  const outcome = await createOrPromoteAdmin(db, input);
  console.log(
    outcome === "created"
      ? `\nCreated the administrator ${input.email}. Sign in with it, then open 學校管理 (School admin).\n`
      : `\n${input.email} was a teacher and is now an administrator, with the password just given.\n`,
  );
} catch (error) {
  if (error instanceof CreateAdminError) stop(error.message);
  throw error;
} finally {
  await db.$disconnect();
}
