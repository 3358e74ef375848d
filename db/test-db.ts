import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { closeDb, migrate } from "./client";

/**
 * Gives the calling test file a fresh, migrated database: in-memory PGlite by default, or a
 * new database on the server named by DATABASE_URL, dropped again at the end.
 */
export function withTestDb(): void {
  const serverUrl = process.env.DATABASE_URL;
  let dbName: string | undefined;

  beforeAll(async () => {
    if (serverUrl) {
      dbName = `clientbook_test_${randomBytes(6).toString("hex")}`;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${dbName}`;
      process.env.DATABASE_URL = url.toString();
    }
    await migrate();
  });

  afterAll(async () => {
    await closeDb();
    if (serverUrl && dbName) {
      process.env.DATABASE_URL = serverUrl;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  });
}
