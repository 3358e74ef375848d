import { rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { dataDir } from "@/lib/data-dir";
import { closeDb, execute, migrate } from "./client";
import { seed } from "./seed";

// Drops everything and starts again with demo data. On PGlite that is the data folder; on
// PostgreSQL the public and drizzle schemas of DATABASE_URL.
if (process.env.DATABASE_URL) {
  await execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await execute(sql`DROP SCHEMA public CASCADE`);
  await execute(sql`CREATE SCHEMA public`);
} else {
  rmSync(process.env.PGLITE_DIR ?? path.join(dataDir(), "pglite"), { recursive: true, force: true });
}
await migrate();
await seed();
console.log("Database reset.");
await closeDb();
