import { getTranslations } from "next-intl/server";
import { locales } from "@/lib/locales";

/** The four languages, each named in itself, for selects. */
export async function localeOptions() {
  const t = await getTranslations("locale");
  return locales.map((value) => ({ value, label: t(`names.${value}`) }));
}
