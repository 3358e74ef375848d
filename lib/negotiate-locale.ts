import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";

/**
 * The language the request itself asks for: a valid NEXT_LOCALE cookie, else the best match
 * of Accept-Language, else null. A bad cookie value is ignored, never trusted, so a stale
 * value cannot pin the interface to a language.
 */
export function requestedLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale | null {
  if (isLocale(input.cookie)) return input.cookie;
  if (!input.acceptLanguage) return null;
  const wanted = new Negotiator({ headers: { "accept-language": input.acceptLanguage } })
    .languages()
    .filter((tag) => tag !== "*");
  try {
    const best = match(wanted, locales, "none", { algorithm: "best fit" });
    return isLocale(best) ? best : null;
  } catch {
    return null; // a malformed tag in the header
  }
}

/** Cookie, else Accept-Language, else the workspace default, else Russian. */
export function negotiateLocale(input: {
  cookie?: string | null;
  acceptLanguage?: string | null;
  workspaceDefault?: string | null;
}): Locale {
  return requestedLocale(input) ?? (isLocale(input.workspaceDefault) ? input.workspaceDefault : defaultLocale);
}
