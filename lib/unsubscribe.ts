import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "./app-url";
import { authSecret } from "./secret";

// The link in every mail to a client that opts her out of e-mail without signing in [000][004].
// The token names the workspace, the client and when it was issued, signed with the app's
// secret: nothing is stored, and a changed byte or an old link is refused.

export const UNSUBSCRIBE_TTL_MS = 180 * 24 * 60 * 60 * 1000;

export type UnsubscribeTarget = { workspaceId: string; clientId: string; issuedAt: Date };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PART = /^[A-Za-z0-9_-]+$/;

// A prefix keeps these signatures apart from anything else signed with the same secret.
function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest();
}

export function createUnsubscribeToken(workspaceId: string, clientId: string, options: { now?: Date; secret?: string } = {}): string {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = Buffer.from(`${workspaceId}:${clientId}:${issuedAt}`).toString("base64url");
  return `${payload}.${sign(payload, options.secret ?? authSecret()).toString("base64url")}`;
}

/** The token's workspace and client, or null when it is malformed, tampered with or expired. */
export function verifyUnsubscribeToken(token: string, options: { now?: Date; secret?: string } = {}): UnsubscribeTarget | null {
  const [payload, signature, ...rest] = token.split(".");
  if (rest.length || !payload || !signature || !PART.test(payload) || !PART.test(signature)) return null;
  const expected = sign(payload, options.secret ?? authSecret());
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  const [workspaceId, clientId, seconds, ...extra] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (extra.length || !UUID.test(workspaceId ?? "") || !UUID.test(clientId ?? "") || !/^\d{1,12}$/.test(seconds ?? "")) return null;
  const issuedAt = new Date(Number(seconds) * 1000);
  const age = (options.now ?? new Date()).getTime() - issuedAt.getTime();
  // A little slack for clocks that disagree; a link from the future is otherwise forged.
  if (age > UNSUBSCRIBE_TTL_MS || age < -5 * 60 * 1000) return null;
  return { workspaceId, clientId, issuedAt };
}

/**
 * The page a person opens from the mail's footer, and the one-click address for the
 * List-Unsubscribe header (RFC 8058). Next.js cannot serve a page and a POST handler at one
 * path, so the one-click address is the API route; a GET there leads to the page.
 */
export function unsubscribeLinks(workspaceId: string, clientId: string, origin?: string) {
  const token = createUnsubscribeToken(workspaceId, clientId);
  const base = (origin ?? appUrl("")).replace(/\/$/, "");
  const page = `${base}/unsubscribe/${token}`;
  const oneClick = `${base}/api/unsubscribe/${token}`;
  return {
    page,
    oneClick,
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** "d***@example.kz": enough for her to recognise the address, not enough to harvest it. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}
