"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { FilterSheet, ListToolbar } from "@/components/data-table/list-toolbar";
import type { ContactListParams } from "@/lib/contact-list-params";
import type { FilterOptions } from "./contact-filters";

// The filters load when the sheet first opens, not with the list.
const ContactFilters = dynamic(() => import("./contact-filters").then((m) => m.ContactFilters), { ssr: false });

/** Quick search (the client's name, phone or e-mail) and the filters in a sheet. */
export function ContactsToolbar({ params, filterCount, options }: { params: ContactListParams; filterCount: number; options: FilterOptions }) {
  const t = useTranslations("contacts");
  return (
    <ListToolbar q={params.q} search={{ label: t("list.searchLabel"), placeholder: t("list.searchPlaceholder"), submit: t("list.search") }}>
      <FilterSheet
        button={filterCount ? t("list.filtersCount", { count: filterCount }) : t("list.filters")}
        highlighted={filterCount > 0}
        title={t("filter.title")}
        close={t("list.close")}
      >
        {(done) => <ContactFilters params={params} options={options} onDone={done} />}
      </FilterSheet>
    </ListToolbar>
  );
}
