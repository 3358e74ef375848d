"use client";

import { Archive, Search, ShoppingBag, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { cn } from "@/lib/cn";
import type { OrderListParams } from "@/lib/order-list-params";
import type { FilterOptions } from "./order-filters";

// The filters load when the sheet first opens, not with the list.
const OrderFilters = dynamic(() => import("./order-filters").then((m) => m.OrderFilters), { ssr: false });

// A bottom sheet on a phone, a side panel from 640 px up (the table's own breakpoint).
const sheetClass =
  "overflow-y-auto sm:inset-x-auto sm:top-0 sm:right-0 sm:h-full sm:max-h-none sm:w-[85%] sm:max-w-sm sm:rounded-none sm:border-t-0 sm:border-l sm:motion-safe:data-[state=open]:animate-slide-in-right";

/** Quick search (order number or client), Active / Archive, and the filters in a sheet. */
export function OrdersToolbar({ params, filterCount, options }: { params: OrderListParams; filterCount: number; options: FilterOptions }) {
  const t = useTranslations("orders");
  const { navigate, hrefWith } = useUrlState();
  const [open, setOpen] = useState(false);
  const tab = (archived: boolean, label: string, Icon: typeof Archive) => (
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
        <label className="relative min-w-0 flex-1">
          <span className="sr-only">{t("list.searchLabel")}</span>
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input key={params.q} name="q" type="search" defaultValue={params.q} placeholder={t("list.searchPlaceholder")} className="pl-9" enterKeyHint="search" />
        </label>
        <Button type="submit" variant="secondary">
          {t("list.search")}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2">
        <nav className="flex rounded-lg bg-muted p-1" aria-label={t("title")}>
          {tab(false, t("list.active"), ShoppingBag)}
          {tab(true, t("list.archive"), Archive)}
        </nav>
        <Sheet open={open} onOpenChange={setOpen}>
          <SheetTrigger asChild>
            <Button variant={filterCount ? "primary" : "outline"}>
              <SlidersHorizontal aria-hidden className="size-4" />
              {filterCount ? t("list.filtersCount", { count: filterCount }) : t("list.filters")}
            </Button>
          </SheetTrigger>
          <SheetContent side="bottom" closeLabel={t("list.close")} className={sheetClass}>
            <SheetTitle>{t("filter.title")}</SheetTitle>
            <SheetDescription className="sr-only">{t("filter.title")}</SheetDescription>
            <OrderFilters params={params} options={options} onDone={() => setOpen(false)} />
          </SheetContent>
        </Sheet>
      </div>
    </div>
  );
}
