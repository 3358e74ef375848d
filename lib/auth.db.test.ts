import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { execute } from "@/db/client";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import { authorizeCredentials, TooManyAttempts } from "./auth";
import { RATE_LIMITS } from "./rate-limit";
import { hashPassword } from "./password";

withTestDb();

const { perIdentity: MAX_FAILURES_PER_EMAIL, perIp: MAX_FAILURES_PER_IP } = RATE_LIMITS.sign_in;

// The last hop counts: what the client claims before it does not.
const fromIp = (ip: string) => new Headers({ "x-forwarded-for": `203.0.113.9, ${ip}` });
const workspace = (slug: string) => ({ name: "W", slug, country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const });

describe("authorizeCredentials", () => {
  beforeAll(async () => {
    const passwordHash = await hashPassword("correct horse");
    await createUserWithWorkspace({ name: "Dana", email: "Dana@Example.kz", passwordHash, locale: "kk", workspace: workspace("dana") });
    await createUserWithWorkspace({ name: "Olga", email: "olga@example.kz", passwordHash, locale: "ru", workspace: workspace("olga") });
  });

  it("accepts the right password, with the e-mail in any case", async () => {
    await expect(authorizeCredentials({ email: " dana@example.KZ ", password: "correct horse" }, fromIp("1.1.1.1"))).resolves.toMatchObject({
      name: "Dana",
    });
  });

  it("answers a wrong password and an unknown e-mail the same way", async () => {
    await expect(authorizeCredentials({ email: "dana@example.kz", password: "wrong" }, fromIp("1.1.1.2"))).resolves.toBeNull();
    await expect(authorizeCredentials({ email: "nobody@example.kz", password: "wrong" }, fromIp("1.1.1.2"))).resolves.toBeNull();
    await expect(authorizeCredentials({ email: "not an email", password: "" }, fromIp("1.1.1.2"))).resolves.toBeNull();
  });

  it("locks an e-mail after repeated failures, even with the right password, and counts in the database", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await authorizeCredentials({ email: "olga@example.kz", password: `guess ${i}` }, fromIp(`2.2.2.${i}`));
    }
    await expect(authorizeCredentials({ email: "olga@example.kz", password: "correct horse" }, fromIp("2.2.3.1"))).rejects.toBeInstanceOf(
      TooManyAttempts,
    );
    const [row] = await execute<{ n: number }>(sql`select count(*)::int as n from rate_events where action = 'sign_in' and identity = 'olga@example.kz'`);
    expect(row.n).toBe(MAX_FAILURES_PER_EMAIL);
    // Another account is not affected.
    await expect(authorizeCredentials({ email: "dana@example.kz", password: "correct horse" }, fromIp("2.2.3.1"))).resolves.not.toBeNull();
  });

  it("locks an IP address that tries many e-mails", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await authorizeCredentials({ email: `spray${i}@example.kz`, password: "x" }, fromIp("3.3.3.3"));
    }
    await expect(authorizeCredentials({ email: "dana@example.kz", password: "correct horse" }, fromIp("3.3.3.3"))).rejects.toBeInstanceOf(
      TooManyAttempts,
    );
  });
});
