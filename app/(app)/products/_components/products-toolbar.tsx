"use client";

import { Package } from "lucide-react";
import { useTranslations } from "next-intl";
import { ArchiveTabs, ListToolbar } from "@/components/data-table/list-toolbar";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Select } from "@/components/ui/select";
import type { ProductListParams } from "@/lib/product-list-params";

/** Search by name or SKU, category and state filters, and Catalogue / Archive. */
export function ProductsToolbar({ params, categories }: { params: ProductListParams; categories: string[] }) {
  const t = useTranslations("products");
  const { navigate } = useUrlState();
  // A category typed into the URL (or since archived) still shows as chosen.
  const options = params.category && !categories.includes(params.category) ? [params.category, ...categories] : categories;

  return (
    <ListToolbar q={params.q} search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder"), submit: t("search") }}>
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
        <ArchiveTabs className="col-span-2" archived={params.archived} label={t("tabs")} active={t("catalogue")} archive={t("archive")} ActiveIcon={Package} />
      </div>
    </ListToolbar>
  );
}
