import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUrlError, describeDatabase, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to a SQLite file under ./data", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:/srv/app/data/classroom.db",
      filePath: "/srv/app/data/classroom.db",
    });
    expect(parseDatabaseUrl("  ", "/srv/app").provider).toBe("sqlite");
  });

  it("resolves file: URLs against the working directory", () => {
    expect(parseDatabaseUrl("file:./x/y.db", "/srv/app")).toMatchObject({
      provider: "sqlite",
      filePath: path.resolve("/srv/app/x/y.db"),
    });
    expect(parseDatabaseUrl("file:/abs/z.db", "/srv/app")).toMatchObject({ filePath: "/abs/z.db" });
  });

  it("accepts postgres:// and postgresql://", () => {
    expect(parseDatabaseUrl("postgresql://postgres@127.0.0.1:5432/test").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://u:p@db.school/classroom").provider).toBe("postgresql");
  });

  it.each([
    ["mysql://root@localhost/x", /must be empty/],
    ["sqlite.db", /must be empty/],
    ["file:", /needs a path/],
    ["postgresql://", /not a valid|no host/],
    ["postgresql://host:5432", /names no database/],
    ["postgresql://host:99999/db", /not a valid/],
  ])("refuses %s with a message that says why", (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });

  it("never prints the password", () => {
    expect(describeDatabase(parseDatabaseUrl("postgresql://teacher:s3cret@db:5432/classroom"))).toBe(
      "PostgreSQL (teacher@db:5432/classroom)",
    );
  });
});
