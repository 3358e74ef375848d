import { getTranslations } from "next-intl/server";

/** An unknown slug or a site its owner switched off: the same answer for both. */
export default async function SiteNotFound() {
  const t = await getTranslations("site.notFound");
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-3 py-16 text-center">
      <p className="text-5xl font-semibold text-primary" aria-hidden>
        404
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-md text-muted-foreground">{t("text")}</p>
    </main>
  );
}
