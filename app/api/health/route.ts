import { sql } from "drizzle-orm";
import { dbKind, execute } from "@/db/client";

export const dynamic = "force-dynamic";

/** 200 while the database answers, 503 when it does not (for load balancers and uptime checks). */
export async function GET() {
  try {
    await Promise.race([
      execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return Response.json({ status: "ok", database: dbKind() });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
