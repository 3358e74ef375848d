import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { listCategories } from "@/db/queries/products";
import { currentLocale, requireMember } from "@/lib/request-context";
import { emptyProductValues, ProductForm } from "../_components/product-form";
import { currencySymbol } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products.form"))("newTitle") };
}

export default async function NewProductPage() {
  const member = await requireMember();
  const [t, categories, locale] = await Promise.all([getTranslations("products.form"), listCategories(member.workspace.id), currentLocale()]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ProductForm values={emptyProductValues} categories={categories} currency={currencySymbol(member.workspace.currency, locale)} />
    </>
  );
}
