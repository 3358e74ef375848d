"use client";

import { Plus, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { searchCatalogueAction } from "../actions";
import { useSearch } from "./use-search";

export type CatalogueProduct = { id: string; name: string; sku: string | null; category: string | null; price: number; priceLabel: string };

/** Searches the active catalogue by name, SKU or category; a tap adds the product as a line. */
export function ProductPicker({ onPick }: { onPick: (product: CatalogueProduct) => void }) {
  const t = useTranslations("orders.form");
  const { results, pending, search } = useSearch(searchCatalogueAction, { allowEmpty: true });

  return (
    <div className="flex flex-col gap-2">
      <label className="text-sm font-medium" htmlFor="catalogue-search">{t("catalogue")}</label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id="catalogue-search"
          type="search"
          placeholder={t("catalogueSearch")}
          autoComplete="off"
          className="pl-9"
          onFocus={(e) => (results === null ? search(e.target.value, 0) : undefined)}
          onChange={(e) => search(e.target.value)}
          // Enter in the search box must not submit the order.
          onKeyDown={(e) => (e.key === "Enter" ? e.preventDefault() : undefined)}
        />
      </div>
      <p aria-live="polite" className="text-sm text-muted-foreground empty:hidden">
        {pending ? t("searching") : results?.length === 0 ? t("noProducts") : ""}
      </p>
      {results?.length ? (
        <ul className="flex max-h-72 flex-col overflow-y-auto rounded-md border" data-testid="catalogue-results">
          {results.map((p) => (
            <li key={p.id} className="border-b last:border-b-0">
              <button
                type="button"
                className="flex min-h-11 w-full items-center gap-3 px-3 py-2 text-left hover:bg-muted focus-visible:bg-muted focus-visible:outline-hidden"
                onClick={() => onPick(p)}
              >
                <Plus aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                <span className="min-w-0 flex-1">
                  <span className="block break-words">{p.name}</span>
                  <span className="block text-xs text-muted-foreground">{[p.sku, p.category].filter(Boolean).join(" · ")}</span>
                </span>
                <span className="shrink-0 tabular-nums">{p.priceLabel}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
