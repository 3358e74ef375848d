"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FilterChosen, FilterDates, FilterForm, FilterGroup } from "@/components/data-table/filter-form";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Select } from "@/components/ui/select";
import type { ReminderCategory, ReminderKind } from "@/db/schema/reminders";
import type { ReminderListParams } from "@/lib/reminder-list-params";

/** The URL keys this sheet writes (lib/reminder-list-params.ts reads and checks them). */
const filterKeys = ["period", "from", "to", "client", "member", "category", "kind", "tag"];

export type FilterOptions = {
  // From the schema's enums, passed by the page (the schema module stays on the server).
  categories: ReminderCategory[];
  kinds: ReminderKind[];
  members: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  /** The filtered client's name, when the list is one client's reminders. */
  clientName: string | null;
};


/** Period, client, member, category, kind and tag: each becomes a URL parameter. */
export function ReminderFilters({ params, options, onDone }: { params: ReminderListParams; options: FilterOptions; onDone: () => void }) {
  const t = useTranslations("reminders");
  const { navigate } = useUrlState();
  const f = params.filters;
  const [client, setClient] = useState(f.client);
  const [period, setPeriod] = useState(f.period ?? "");

  const apply = (data: FormData) => {
    const get = (k: string) => String(data.get(k) ?? "") || undefined;
    const range = period === "range";
    navigate({
      period: period || undefined,
      from: range ? get("from") : undefined,
      to: range ? get("to") : undefined,
      client,
      member: get("member"),
      category: get("category"),
      kind: get("kind"),
      tag: get("tag"),
      page: undefined,
    });
  };

  return (
    <FilterForm keys={[...filterKeys]} labels={{ apply: t("filter.apply"), reset: t("filter.reset") }} apply={apply} onDone={onDone}>
      <FilterGroup legend={t("filter.period")}>
        <Select name="period" value={period} onChange={(e) => setPeriod(e.target.value as typeof period)} aria-label={t("filter.period")}>
          <option value="">{t("period.any")}</option>
          {(["overdue", "today", "week", "range"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`period.${p}`)}
            </option>
          ))}
        </Select>
        {period === "range" ? (
          <FilterDates labels={{ from: t("filter.from"), to: t("filter.to") }} from={f.from} to={f.to} />
        ) : null}
      </FilterGroup>
      {client ? (
        <FilterChosen legend={t("filter.client")} name={options.clientName ?? t("filter.client")} removeLabel={t("filter.removeClient")} onRemove={() => setClient(undefined)} />
      ) : null}
      <FilterGroup legend={t("filter.member")}>
        <Select name="member" defaultValue={f.member ?? ""} aria-label={t("filter.member")}>
          <option value="">{t("filter.anyMember")}</option>
          <option value="none">{t("filter.unassigned")}</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </FilterGroup>
      <FilterGroup legend={t("filter.category")}>
        <Select name="category" defaultValue={f.category ?? ""} aria-label={t("filter.category")}>
          <option value="">{t("filter.anyCategory")}</option>
          {options.categories.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </Select>
      </FilterGroup>
      <FilterGroup legend={t("filter.kind")}>
        <Select name="kind" defaultValue={f.kind ?? ""} aria-label={t("filter.kind")}>
          <option value="">{t("filter.anyKind")}</option>
          {options.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </Select>
      </FilterGroup>
      {options.tags.length ? (
        <FilterGroup legend={t("filter.tag")}>
          <Select name="tag" defaultValue={f.tag ?? ""} aria-label={t("filter.tag")}>
            <option value="">{t("filter.anyTag")}</option>
            {options.tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </Select>
        </FilterGroup>
      ) : null}
    </FilterForm>
  );
}
