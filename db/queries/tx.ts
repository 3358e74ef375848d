import type { Db } from "../client";

/** A transaction handle: what `db().transaction(async (tx) => …)` passes in. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
