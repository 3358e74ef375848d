"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
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

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2 border-b pb-4">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      {children}
    </fieldset>
  );
}

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
    onDone();
  };

  const periods = [["", t("filter.anyPeriod")], ...contactPeriods.map((p) => [p, t(`filter.${p}`)]), ["custom", t("filter.custom")]];

  return (
    <form
      className="flex flex-col gap-4 pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        apply(new FormData(e.currentTarget));
      }}
    >
      <Group legend={t("filter.period")}>
        <div className="grid grid-cols-2 gap-x-4">
          {periods.map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="period" value={value} checked={period === value} onChange={() => setPeriod(value)} className="size-5 accent-primary" />
              {label}
            </label>
          ))}
        </div>
        {period === "custom" ? (
          <div className="grid grid-cols-2 gap-2">
            <label className="flex flex-col gap-1 text-sm">
              {t("filter.from")}
              <Input type="date" name="from" defaultValue={f.from} />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t("filter.to")}
              <Input type="date" name="to" defaultValue={f.to} />
            </label>
          </div>
        ) : null}
      </Group>
      {client ? (
        <Group legend={t("filter.client")}>
          <div className="flex items-center justify-between gap-2 text-sm">
            <span className="min-w-0 truncate">{options.clientName ?? t("filter.client")}</span>
            <Button type="button" variant="ghost" size="icon" aria-label={t("filter.removeClient")} onClick={() => setClient(undefined)}>
              <X aria-hidden className="size-4" />
            </Button>
          </div>
        </Group>
      ) : null}
      <Group legend={t("filter.member")}>
        <Select name="member" defaultValue={f.member ?? ""} aria-label={t("filter.member")}>
          <option value="">{t("filter.any")}</option>
          {options.members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Group>
      <Group legend={t("filter.channel")}>
        <Select name="channel" defaultValue={f.channel ?? ""} aria-label={t("filter.channel")}>
          <option value="">{t("filter.any")}</option>
          {contactChannels.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </Select>
      </Group>
      <Group legend={t("filter.reminder")}>
        <Select name="reminder" defaultValue={f.reminder ?? ""} aria-label={t("filter.reminder")}>
          <option value="">{t("filter.reminderAny")}</option>
          <option value="yes">{t("filter.reminderYes")}</option>
          <option value="no">{t("filter.reminderNo")}</option>
        </Select>
      </Group>
      {options.tags.length ? (
        <Group legend={t("filter.tags")}>
          <div className="flex flex-wrap gap-x-4">
            {options.tags.map((tag) => (
              <label key={tag.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="tags" value={tag.id} defaultChecked={f.tags?.includes(tag.id)} className="size-5 accent-primary" />
                {tag.name}
              </label>
            ))}
          </div>
        </Group>
      ) : null}
      <div className="sticky bottom-0 flex gap-2 bg-card py-2">
        <Button type="submit" className="flex-1">
          {t("filter.apply")}
        </Button>
        <Button
          type="button"
          variant="outline"
          onClick={() => {
            navigate(Object.fromEntries([...filterKeys, "page"].map((k) => [k, undefined])));
            onDone();
          }}
        >
          {t("filter.reset")}
        </Button>
      </div>
    </form>
  );
}
