"use client";

import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { ArchiveTabs, FilterSheet, ListToolbar } from "@/components/data-table/list-toolbar";
import type { ClientListParams } from "@/lib/client-list-params";
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
  return (
    <ListToolbar q={params.q} search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder"), submit: t("search") }}>
      <ArchiveTabs archived={params.archived} label={t("title")} active={t("active")} archive={t("archive")} ActiveIcon={Users} />
      <FilterSheet
        button={filterCount ? t("filtersCount", { count: filterCount }) : t("filters")}
        highlighted={filterCount > 0}
        title={t("filter.title")}
        close={t("form.cancel")}
      >
        {(done) => <ClientFilters params={params} tags={tags} members={members} customFields={customFields} onDone={done} />}
      </FilterSheet>
    </ListToolbar>
  );
}
