import { describe, expect, it, vi } from "vitest";
import { closeDb } from "@/db/client";
import { withTestDb } from "@/db/test-db";
import { GET } from "./route";

withTestDb();

describe("GET /api/health", () => {
  it("answers 200 while the database answers", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    const url = process.env.DATABASE_URL;
    await closeDb();
    vi.stubEnv("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none");
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: "unavailable" });
    } finally {
      await closeDb();
      vi.unstubAllEnvs();
      if (url) process.env.DATABASE_URL = url;
    }
  });
});
