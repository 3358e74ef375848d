import { sql } from "drizzle-orm";
import type { Db } from "../client";

/** A transaction handle: what `db().transaction(async (tx) => …)` passes in. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Serialises number allocation (clients, orders) per workspace for this transaction; works on PGlite too. */
export async function lockWorkspaceNumbers(tx: Tx, workspaceId: string, what: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${what}:${workspaceId}`}))`);
}
