import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "./page-header";

type Section = "clients" | "orders" | "reminders" | "contacts" | "products";

/**
 * A section whose feature has not landed yet: its title and what will be here, so that no
 * navigation link is dead. Each such page is `export default comingSoon("orders")`.
 */
export function comingSoon(section: Section) {
  return async function ComingSoonPage() {
    const [t, tc] = await Promise.all([getTranslations(`pages.${section}`), getTranslations("common")]);
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={tc("nothingYet")} description={t("empty")} />
      </>
    );
  };
}

export function sectionMetadata(section: Section | "dashboard") {
  return async (): Promise<Metadata> => ({ title: (await getTranslations(`pages.${section}`))("title") });
}
