"use client";

import { Archive, Package, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ProductListParams } from "@/lib/product-list-params";
import { cn } from "@/lib/cn";

/** Search by name or SKU, category and state filters, and Catalogue / Archive. */
export function ProductsToolbar({ params, categories }: { params: ProductListParams; categories: string[] }) {
  const t = useTranslations("products");
  const { navigate, hrefWith } = useUrlState();
  // A category typed into the URL (or since archived) still shows as chosen.
  const options = params.category && !categories.includes(params.category) ? [params.category, ...categories] : categories;
  const tab = (archived: boolean, label: string, Icon: typeof Package) => (
    <Link
      href={hrefWith({ archived: archived ? "1" : undefined, page: undefined })}
      aria-current={params.archived === archived ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium",
        params.archived === archived ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
      )}
    >
      <Icon aria-hidden className="size-4" />
      {label}
    </Link>
  );

  return (
    <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center">
      <form
        role="search"
        className="flex flex-1 gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          navigate({ q: q || undefined, page: undefined });
        }}
      >
        <label className="relative flex-1">
          <span className="sr-only">{t("searchLabel")}</span>
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input key={params.q} name="q" type="search" defaultValue={params.q} placeholder={t("searchPlaceholder")} className="pl-9" enterKeyHint="search" />
        </label>
        <Button type="submit" variant="secondary">
          {t("search")}
        </Button>
      </form>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:items-center">
        <Select
          // Uncontrolled, keyed by the URL: the choice shows at once while the list loads.
          key={`c-${params.category ?? ""}`}
          aria-label={t("category")}
          defaultValue={params.category ?? ""}
          onChange={(e) => navigate({ category: e.target.value || undefined, page: undefined })}
          wrapperClassName="min-w-0 sm:w-48"
        >
          <option value="">{t("allCategories")}</option>
          {options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
        <Select
          key={`a-${params.active ?? ""}`}
          aria-label={t("state")}
          defaultValue={params.active ?? ""}
          onChange={(e) => navigate({ active: e.target.value || undefined, page: undefined })}
          wrapperClassName="min-w-0 sm:w-52"
        >
          <option value="">{t("anyState")}</option>
          <option value="yes">{t("onlyActive")}</option>
          <option value="no">{t("onlyInactive")}</option>
        </Select>
        <nav className="col-span-2 flex rounded-lg bg-muted p-1" aria-label={t("tabs")}>
          {tab(false, t("catalogue"), Package)}
          {tab(true, t("archive"), Archive)}
        </nav>
      </div>
    </div>
  );
}
