import "server-only";

export { db } from "./db/app-db";
