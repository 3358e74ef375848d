import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { dataDir } from "@/lib/data-dir";
import * as schema from "./schema";

/**
 * One database for the whole process: postgres.js when DATABASE_URL is set, else PGlite
 * (embedded PostgreSQL) in DATA_DIR/pglite. Both run the same schema and migrations.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type Connection = {
  db: Db;
  kind: "postgres" | "pglite";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), "db/migrations");

function connect(): Connection {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = postgres(url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
      // Short queries only: starting parallel workers costs more than they save (30+ ms
      // per query measured here) and steals the cores other requests need.
      connection: { max_parallel_workers_per_gather: 0 },
    });
    const db = drizzlePostgres(client, { schema });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end(),
    };
  }
  // PGLITE_DIR=memory:// gives a throw-away in-memory database (tests).
  const dir = process.env.PGLITE_DIR ?? path.join(dataDir(), "pglite");
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir, { extensions: { pg_trgm, btree_gist } });
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

// Kept on globalThis: Next.js may load this module more than once in one process, and two
// PGlite instances on one folder would corrupt it.
const globalForDb = globalThis as unknown as { clientbookDb?: Connection; clientbookMigrated?: Promise<void> };

function connection(): Connection {
  globalForDb.clientbookDb ??= connect();
  return globalForDb.clientbookDb;
}

export function db(): Db {
  return connection().db;
}

export function dbKind(): Connection["kind"] {
  return connection().kind;
}

/** Applies the committed migrations once per process. */
export function migrate(): Promise<void> {
  globalForDb.clientbookMigrated ??= connection().migrate();
  return globalForDb.clientbookMigrated;
}

export async function closeDb(): Promise<void> {
  const conn = globalForDb.clientbookDb;
  globalForDb.clientbookDb = undefined;
  globalForDb.clientbookMigrated = undefined;
  await conn?.close();
}

/** Raw SQL with one result shape: PGlite returns `{ rows }`, postgres.js an array. */
export async function execute<T extends Record<string, unknown>>(query: SQL): Promise<T[]> {
  const result: unknown = await db().execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
