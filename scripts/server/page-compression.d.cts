/** Types for page-compression.cjs (plain CommonJS, loaded by node --require before Next). */
export function compressedPath(url: string | undefined): boolean;
