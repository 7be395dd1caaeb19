/** Types for client-address.cjs (plain CommonJS, loaded by node --require before Next). */
export function trustedForwardedFor(
  received: string | string[] | undefined,
  peer: string | undefined,
  trustProxy: boolean,
): string;
export function trustProxyFromEnv(value: string | undefined): boolean;
