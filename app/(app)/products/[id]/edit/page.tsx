import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getProduct, listCategories } from "@/db/queries/products";
import { moneyInputValue } from "@/lib/money";
import { currentLocale, requireMember } from "@/lib/request-context";
import { ProductForm } from "../../_components/product-form";
import { currencySymbol } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("products.form"))("editTitle") };
}

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const member = await requireMember();
  const ws = member.workspace.id;
  // Another workspace's product is simply not found.
  const [product, t, categories, locale] = await Promise.all([getProduct(ws, id.data), getTranslations("products.form"), listCategories(ws), currentLocale()]);
  if (!product) notFound();
  return (
    <>
      <PageHeader title={t("editTitle")} description={product.archivedAt ? `${product.name} · ${t("archived")}` : product.name} />
      <ProductForm
        values={{
          id: product.id,
          version: product.version,
          sku: product.sku ?? "",
          name: product.name,
          category: product.category ?? "",
          price: moneyInputValue(product.price),
          active: product.active,
          imageUrl: product.imageUrl ?? "",
          description: product.description ?? "",
        }}
        categories={categories}
        currency={currencySymbol(member.workspace.currency, locale)}
      />
    </>
  );
}
