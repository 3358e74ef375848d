"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { setUserLocale } from "@/db/queries/users";
import { createAction } from "@/lib/action";
import { LOCALE_COOKIE, locales } from "@/lib/locales";

/**
 * Switches the interface language. The cookie always has path "/" and one year of life, so
 * a single value rules every page: nothing left from an older path can pin a language.
 * Setting a cookie in an action makes Next render the page again, in the new language.
 */
export const setLocaleAction = createAction(
  { input: z.object({ locale: z.enum(locales) }), access: "public" },
  async ({ locale }, { member }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (member) await setUserLocale(member.user.id, locale);
  },
);
