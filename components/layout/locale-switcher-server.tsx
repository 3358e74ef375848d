import { getLocale, getTranslations } from "next-intl/server";
import { localeOptions } from "./locale-options";
import { LocaleSwitcher } from "./locale-switcher";

/** The switcher with its labels filled in for the current language. */
export async function LocaleMenu({ className }: { className?: string }) {
  const [locale, t, options] = await Promise.all([getLocale(), getTranslations("locale"), localeOptions()]);
  return (
    <LocaleSwitcher
      current={locale}
      options={options}
      label={t("label")}
      applyLabel={t("apply")}
      className={className}
    />
  );
}
