import { decode, getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findCustomerClient } from "@/db/queries/customers";
import { findUserById } from "@/db/queries/users";
import { findMembership } from "@/db/queries/workspaces";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale, requestedLocale } from "./negotiate-locale";
import { clientIp } from "./rate-limit";
import { authSecret } from "./secret";

/**
 * The signed-in user's id from the session cookie, or null; read once per request. The
 * cookie is only decrypted, and each cookie's answer is kept until the session expires:
 * auth() would re-encrypt the token and make a CSRF token on every page, which a page
 * cannot send back anyway (together ~1.5 ms of CPU on every page).
 */
export const sessionUserId = cache(async (): Promise<string | null> => {
  const requestHeaders = await headers();
  // Auth.js names the cookie "__Secure-…" when the app is served over HTTPS.
  const secureCookie = (requestHeaders.get("cookie") ?? "").includes("__Secure-authjs.session-token");
  const token = await getToken({ req: { headers: requestHeaders }, secret: authSecret(), secureCookie, raw: true });
  if (!token) return null;
  const now = Date.now() / 1000;
  let session = sessions.get(token);
  if (!session || session.expires <= now) {
    const claims = await decode({ token, secret: authSecret(), salt: `${secureCookie ? "__Secure-" : ""}authjs.session-token` }).catch(() => null);
    session = { userId: claims?.sub ?? null, expires: claims?.exp ?? now + 60 };
    if (sessions.size >= SESSIONS_KEPT) sessions.clear();
    sessions.set(token, session);
  }
  return session.expires > now ? session.userId : null;
});
const SESSIONS_KEPT = 10_000;
const sessions = new Map<string, { userId: string | null; expires: number }>();

/** The signed-in member with her workspace and role, or null; read once per request. */
export const currentMember = cache(async () => {
  const userId = await sessionUserId();
  return userId ? findMembership(userId) : null;
});

/**
 * Who is signed in on a personal site: the account, and the client it is in this workspace
 * (null until she registers with this consultant). Null for a visitor without a session.
 */
export const currentSiteVisitor = cache(async (workspaceId: string) => {
  const userId = await sessionUserId();
  if (!userId) return null;
  const [user, client] = await Promise.all([findUserById(userId), findCustomerClient(workspaceId, userId)]);
  return user ? { user, client } : null;
});

/** The interface language of this request (SPEC §5). */
export const currentLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const input = { cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerStore.get("accept-language") };
  // The session is looked up only when neither the cookie nor the browser names a language.
  const requested = requestedLocale(input);
  if (requested) return requested;
  const member = await currentMember();
  return negotiateLocale({ ...input, workspaceDefault: member?.workspace.defaultLocale });
});

/** The visitor's IP address, for rate limits (see clientIp). */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** The app's public origin for links in e-mails: APP_URL, else the request's own host. */
export async function appOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

/**
 * The signed-in member, or a redirect to sign-in. Pages use it rather than trusting the
 * layout's gate: Next renders a layout and its page at the same time.
 */
export async function requireMember() {
  const member = await currentMember();
  if (!member) redirect(await outsiderHome());
  return member;
}

/**
 * Where someone who is not a member goes from an app page: a customer's session (she signed
 * up on a personal site) to her account page, never into the app; anyone else to sign-in.
 */
export async function outsiderHome(): Promise<"/account" | "/sign-in"> {
  return (await sessionUserId()) ? "/account" : "/sign-in";
}
