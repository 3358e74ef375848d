"use client";

import { Archive, Search, SlidersHorizontal, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { ClientListParams } from "@/lib/client-list-params";
import { cn } from "@/lib/cn";
import dynamic from "next/dynamic";
import type { FilterableField } from "./client-filters";

// The advanced search loads when the sheet first opens, not with the list.
const ClientFilters = dynamic(() => import("./client-filters").then((m) => m.ClientFilters), { ssr: false });

type Props = {
  params: ClientListParams;
  filterCount: number;
  tags: { id: string; name: string; color: string }[];
  members: { id: string; name: string }[];
  customFields: FilterableField[];
};

/** Quick search, Active / Archive, and the advanced search in a sheet. */
export function ClientsToolbar({ params, filterCount, tags, members, customFields }: Props) {
  const t = useTranslations("clients");
  const tc = useTranslations("clients.form");
  const { navigate, hrefWith } = useUrlState();
  const [open, setOpen] = useState(false);
  const tab = (archived: boolean, label: string, Icon: typeof Users) => (
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
      <div className="flex items-center gap-2">
        <nav className="flex rounded-lg bg-muted p-1" aria-label={t("title")}>
          {tab(false, t("active"), Users)}
          {tab(true, t("archive"), Archive)}
        </nav>
        <Sheet open={open} onOpenChange={setOpen}>
          <SheetTrigger asChild>
            <Button variant={filterCount ? "primary" : "outline"}>
              <SlidersHorizontal aria-hidden className="size-4" />
              {filterCount ? t("filtersCount", { count: filterCount }) : t("filters")}
            </Button>
          </SheetTrigger>
          <SheetContent side="right" closeLabel={tc("cancel")} className="overflow-y-auto">
            <SheetTitle>{t("filter.title")}</SheetTitle>
            <SheetDescription className="sr-only">{t("filter.title")}</SheetDescription>
            <ClientFilters params={params} tags={tags} members={members} customFields={customFields} onDone={() => setOpen(false)} />
          </SheetContent>
        </Sheet>
      </div>
    </div>
  );
}
