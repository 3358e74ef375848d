import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findMembership } from "@/db/queries/workspaces";
import { auth } from "./auth";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale, requestedLocale } from "./negotiate-locale";
import { clientIp } from "./rate-limit";

/** The signed-in member with her workspace and role, or null; read once per request. */
export const currentMember = cache(async () => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? findMembership(userId) : null;
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
  if (!member) redirect("/sign-in");
  return member;
}
