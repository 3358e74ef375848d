import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, maskEmail, UNSUBSCRIBE_TTL_MS, unsubscribeLinks, verifyUnsubscribeToken } from "./unsubscribe";

const secret = "test-secret";
const ws = "0b7c4a53-8f1e-4d2a-9c3b-1a2b3c4d5e6f";
const client = "5d1e2f30-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
const now = new Date("2025-03-01T10:00:00Z");
const token = createUnsubscribeToken(ws, client, { now, secret });
const later = (ms: number) => ({ secret, now: new Date(now.getTime() + ms) });

/** The token with one character of the part changed (to another base64url character). */
function flip(part: 0 | 1) {
  const parts = token.split(".");
  const s = parts[part];
  const i = Math.floor(s.length / 2);
  parts[part] = s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
  return parts.join(".");
}

describe("unsubscribe token", () => {
  it("gives back the workspace, the client and when it was issued", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(token, later(60_000))).toEqual({ workspaceId: ws, clientId: client, issuedAt: now });
  });

  it("refuses a changed signature or payload", () => {
    expect(verifyUnsubscribeToken(flip(1), later(0))).toBeNull();
    expect(verifyUnsubscribeToken(flip(0), later(0))).toBeNull();
    // Another client's id in a payload signed for this one.
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(`${ws}:${ws}:${now.getTime() / 1000}`).toString("base64url")}.${signature}`;
    expect(verifyUnsubscribeToken(forged, later(0))).toBeNull();
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyUnsubscribeToken(token, { secret: "another", now })).toBeNull();
  });

  it("expires after 180 days, and refuses one issued in the future", () => {
    expect(UNSUBSCRIBE_TTL_MS).toBe(180 * 86_400_000);
    expect(verifyUnsubscribeToken(token, later(UNSUBSCRIBE_TTL_MS))).not.toBeNull();
    expect(verifyUnsubscribeToken(token, later(UNSUBSCRIBE_TTL_MS + 1000))).toBeNull();
    expect(verifyUnsubscribeToken(token, later(-3_600_000))).toBeNull();
  });

  it("refuses garbage without throwing", () => {
    for (const bad of ["", ".", "abc", `${token}.x`, "a.b", "ä.ö", `${Buffer.from("x:y:1").toString("base64url")}.${token.split(".")[1]}`]) {
      expect(verifyUnsubscribeToken(bad, later(0))).toBeNull();
    }
  });

  it("builds the page link and the one-click headers", () => {
    const links = unsubscribeLinks(ws, client, "https://app.example/");
    expect(links.page).toMatch(/^https:\/\/app\.example\/unsubscribe\/[\w-]+\.[\w-]+$/);
    expect(links.headers).toEqual({ "List-Unsubscribe": `<${links.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(links.oneClick).toBe(links.page.replace("/unsubscribe/", "/api/unsubscribe/"));
  });

  it("masks the e-mail it shows", () => {
    expect(maskEmail("dana.omarova@example.kz")).toBe("d***@example.kz");
    expect(maskEmail("nope")).toBe("***");
  });
});
