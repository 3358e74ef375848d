import { getTranslations } from "next-intl/server";

/** A tampered, expired or unknown link: one answer for all, status 404. */
export default async function UnsubscribeNotFound() {
  const t = await getTranslations("unsubscribe");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
      <p className="max-w-md text-muted-foreground">{t("invalidText")}</p>
    </main>
  );
}
