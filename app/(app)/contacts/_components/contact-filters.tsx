"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FilterChosen, FilterDates, FilterForm, FilterGroup } from "@/components/data-table/filter-form";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Select } from "@/components/ui/select";
import { contactChannels } from "@/lib/reminder-options";
import { contactPeriods, type ContactListParams } from "@/lib/contact-list-params";

/** The URL keys this sheet writes (lib/contact-list-params.ts reads and checks them). */
const filterKeys = ["period", "from", "to", "client", "member", "tags", "reminder", "channel"];

export type FilterOptions = {
  members: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  /** The filtered client's name, when the list is one client's contacts. */
  clientName: string | null;
};


/** Period, client, member, channel, the client's tags and "has a reminder": each a URL parameter. */
export function ContactFilters({ params, options, onDone }: { params: ContactListParams; options: FilterOptions; onDone: () => void }) {
  const t = useTranslations("contacts");
  const { navigate } = useUrlState();
  const f = params.filters;
  const [client, setClient] = useState(f.client);
  const [period, setPeriod] = useState<string>(f.period ?? (f.from || f.to ? "custom" : ""));

  const apply = (data: FormData) => {
    const get = (k: string) => String(data.get(k) ?? "") || undefined;
    const custom = period === "custom";
    navigate({
      period: custom ? undefined : period || undefined,
      from: custom ? get("from") : undefined,
      to: custom ? get("to") : undefined,
      client,
      member: get("member"),
      tags: data.getAll("tags").map(String).join(",") || undefined,
      reminder: get("reminder"),
      channel: get("channel"),
      page: undefined,
    });
  };

  const periods = [["", t("filter.anyPeriod")], ...contactPeriods.map((p) => [p, t(`filter.${p}`)]), ["custom", t("filter.custom")]];

  return (
    <FilterForm keys={[...filterKeys]} labels={{ apply: t("filter.apply"), reset: t("filter.reset") }} apply={apply} onDone={onDone}>
      <FilterGroup legend={t("filter.period")}>
        <div className="grid grid-cols-2 gap-x-4">
          {periods.map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="period" value={value} checked={period === value} onChange={() => setPeriod(value)} className="size-5 accent-primary" />
              {label}
            </label>
          ))}
        </div>
        {period === "custom" ? (
          <FilterDates labels={{ from: t("filter.from"), to: t("filter.to") }} from={f.from} to={f.to} />
        ) : null}
      </FilterGroup>
      {client ? (
        <FilterChosen legend={t("filter.client")} name={options.clientName ?? t("filter.client")} removeLabel={t("filter.removeClient")} onRemove={() => setClient(undefined)} />
      ) : null}
      <FilterGroup legend={t("filter.member")}>
        <Select name="member" defaultValue={f.member ?? ""} aria-label={t("filter.member")}>
          <option value="">{t("filter.any")}</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </FilterGroup>
      <FilterGroup legend={t("filter.channel")}>
        <Select name="channel" defaultValue={f.channel ?? ""} aria-label={t("filter.channel")}>
          <option value="">{t("filter.any")}</option>
          {contactChannels.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </Select>
      </FilterGroup>
      <FilterGroup legend={t("filter.reminder")}>
        <Select name="reminder" defaultValue={f.reminder ?? ""} aria-label={t("filter.reminder")}>
          <option value="">{t("filter.reminderAny")}</option>
          <option value="yes">{t("filter.reminderYes")}</option>
          <option value="no">{t("filter.reminderNo")}</option>
        </Select>
      </FilterGroup>
      {options.tags.length ? (
        <FilterGroup legend={t("filter.tags")}>
          <div className="flex flex-wrap gap-x-4">
            {options.tags.map((tag) => (
              <label key={tag.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="tags" value={tag.id} defaultChecked={f.tags?.includes(tag.id)} className="size-5 accent-primary" />
                {tag.name}
              </label>
            ))}
          </div>
        </FilterGroup>
      ) : null}
    </FilterForm>
  );
}
