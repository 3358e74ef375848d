import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/lib/locales";
import { LocaleSwitcher } from "./locale-switcher";

/** The switcher with its labels filled in for the current language. */
export async function LocaleMenu({ className }: { className?: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("locale")]);
  return (
    <LocaleSwitcher
      current={locale}
      options={locales.map((value) => ({ value, label: t(`names.${value}`) }))}
      label={t("label")}
      applyLabel={t("apply")}
      className={className}
    />
  );
}
