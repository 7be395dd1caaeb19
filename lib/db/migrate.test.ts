import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Migration, MigrationError, pendingMigrations, readMigrations } from "./migrate";
import { postgresSchemaFrom } from "./postgres-schema";

const m = (name: string, checksum = name): Migration => ({ name, sql: "", checksum });

describe("pendingMigrations", () => {
  it("returns the ones not yet applied, in order", () => {
    expect(
      pendingMigrations([m("0001"), m("0002"), m("0003")], new Map([["0001", "0001"]])).map((x) => x.name),
    ).toEqual(["0002", "0003"]);
  });
  it("refuses when an applied migration was edited", () => {
    expect(() => pendingMigrations([m("0001", "new")], new Map([["0001", "old"]]))).toThrow(MigrationError);
  });
  it("refuses when the database is newer than the app", () => {
    expect(() =>
      pendingMigrations(
        [m("0001")],
        new Map([
          ["0001", "0001"],
          ["0002", "0002"],
        ]),
      ),
    ).toThrow(/does not know/);
  });
});

describe("the two migration folders", () => {
  it("have the same migrations, one folder per provider", () => {
    expect(readMigrations("postgresql").map((x) => x.name)).toEqual(readMigrations("sqlite").map((x) => x.name));
    expect(readdirSync("prisma/migrations")).toEqual(expect.arrayContaining(["sqlite", "postgresql"]));
  });

  it("come from one model: the PostgreSQL schema is generated from prisma/schema.prisma", () => {
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(
      postgresSchemaFrom(readFileSync("prisma/schema.prisma", "utf8")),
    );
  });
});
