import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { LocaleMenu } from "@/components/layout/locale-switcher-server";

/** Sign-in, sign-up and password reset: one centred card, the language switcher on top. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const [t, messages] = await Promise.all([getTranslations("common"), getMessages()]);
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/sign-in" className="flex min-h-11 items-center gap-2 font-semibold text-primary">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-primary text-primary-foreground">C</span>
          {t("appName")}
        </Link>
        <LocaleMenu />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-6 pb-12 sm:items-center sm:pt-0">
        <NextIntlClientProvider messages={{ auth: messages.auth }}>{children}</NextIntlClientProvider>
      </main>
    </div>
  );
}
