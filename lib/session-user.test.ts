import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = { cookie: "" };
vi.mock("next/headers", () => ({ headers: async () => new Headers({ cookie: request.cookie }) }));
vi.stubEnv("AUTH_SECRET", "a-test-secret-of-enough-length-0123456789");

const { sessionUserId } = await import("./request-context");
const secret = "a-test-secret-of-enough-length-0123456789";
const token = (name: string, claims: Record<string, unknown>, maxAge = 3600) => encode({ token: claims, secret, salt: name, maxAge });

// React's cache() keeps one answer per request; outside a request each call reads afresh.
describe("the session's user (decrypted, not re-issued)", () => {
  beforeEach(() => {
    request.cookie = "";
  });

  it("is the token's subject over HTTP and over HTTPS (the __Secure- cookie)", async () => {
    request.cookie = `authjs.session-token=${await token("authjs.session-token", { sub: "user-1" })}`;
    expect(await sessionUserId()).toBe("user-1");
    request.cookie = `other=1; __Secure-authjs.session-token=${await token("__Secure-authjs.session-token", { sub: "user-2" })}`;
    expect(await sessionUserId()).toBe("user-2");
  });

  it("is nobody without a cookie, with a forged or expired one, or one made for the other cookie name", async () => {
    expect(await sessionUserId()).toBeNull();
    const good = await token("authjs.session-token", { sub: "user-1" });
    request.cookie = `authjs.session-token=${good.slice(0, -4)}AAAA`;
    expect(await sessionUserId()).toBeNull();
    request.cookie = `authjs.session-token=${await token("authjs.session-token", { sub: "user-1" }, -60)}`;
    expect(await sessionUserId()).toBeNull();
    request.cookie = `authjs.session-token=${await token("__Secure-authjs.session-token", { sub: "user-1" })}`;
    expect(await sessionUserId()).toBeNull();
  });
});
