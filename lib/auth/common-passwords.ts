import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts's list of ~49,000 leaked passwords (lower case); a set is built once, on first use.
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common.has(password.toLowerCase());
}
