"use client";

import { useTranslations } from "next-intl";
import { FilterForm, FilterGroup } from "@/components/data-table/filter-form";
import { useUrlState } from "@/components/data-table/use-url-state";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ClientListParams } from "@/lib/client-list-params";

const consentKeys = ["notifications", "dataProcessing", "commercial", "thirdParty"] as const;
const filterKeys = ["bday", "nameday", "createdFrom", "createdTo", "tags", "tagMode", "resp", "source", "consent", "optout", "phone", "email", "registered"];
const pad = (n: number) => String(n).padStart(2, "0");


/** The advanced search: every filter becomes a URL parameter the server checks. */
export type FilterableField = { key: string; label: string; type: string; options: string[] };

export function ClientFilters({ params, tags, members, customFields, onDone }: {
  params: ClientListParams;
  tags: { id: string; name: string }[];
  members: { id: string; name: string }[];
  customFields: FilterableField[];
  onDone: () => void;
}) {
  const t = useTranslations("clients.filter");
  const tf = useTranslations("clients.form");
  const tm = useTranslations("clients.months");
  const tcons = useTranslations("clients.form.consents");
  const { navigate } = useUrlState();
  const f = params.filters;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const days = Array.from({ length: 31 }, (_, i) => i + 1);

  const apply = (data: FormData) => {
    const get = (k: string) => String(data.get(k) ?? "");
    const dm = (prefix: string) => (get(`${prefix}Day`) && get(`${prefix}Month`) ? `${pad(Number(get(`${prefix}Month`)))}${pad(Number(get(`${prefix}Day`)))}` : "");
    const from = dm("bFrom");
    const to = dm("bTo");
    const chosenTags = data.getAll("tags").map(String);
    const changes: Record<string, string | undefined> = {
      bday: from && to ? `${from}-${to}` : undefined,
      nameday: data.get("nameday") ? "week" : undefined,
      createdFrom: get("createdFrom") || undefined,
      createdTo: get("createdTo") || undefined,
      tags: chosenTags.length ? chosenTags.join(",") : undefined,
      tagMode: chosenTags.length && get("tagMode") === "all" ? "all" : undefined,
      resp: get("resp") || undefined,
      source: get("source").trim() || undefined,
      consent: data.getAll("consent").map(String).join(",") || undefined,
      optout: get("optout") || undefined,
      phone: get("phone") || undefined,
      email: get("email") || undefined,
      registered: get("registered") || undefined,
      page: undefined,
      ...Object.fromEntries(customFields.map((cf) => [`cf.${cf.key}`, get(`cf.${cf.key}`).trim() || undefined])),
    };
    navigate(changes);
  };

  const dayMonth = (prefix: string, value: { day: number; month: number } | undefined, label: string) => (
    <div className="grid grid-cols-[5rem_1fr] gap-2">
      <Select name={`${prefix}Day`} defaultValue={value?.day ?? ""} aria-label={`${label}: ${tf("day")}`}>
        <option value="">{tf("day")}</option>
        {days.map((d) => (
          <option key={d} value={d}>{d}</option>
        ))}
      </Select>
      <Select name={`${prefix}Month`} defaultValue={value?.month ?? ""} aria-label={`${label}: ${tf("month")}`}>
        <option value="">{tf("month")}</option>
        {months.map((m) => (
          <option key={m} value={m}>{tm(String(m) as "1")}</option>
        ))}
      </Select>
    </div>
  );

  const triState = (name: string, label: string, value: string | undefined) => (
    <label className="flex items-center justify-between gap-3 text-sm">
      {label}
      <Select name={name} defaultValue={value ?? ""} wrapperClassName="w-36">
        <option value="">{t("any")}</option>
        <option value="yes">{t("yes")}</option>
        <option value="no">{t("no")}</option>
      </Select>
    </label>
  );

  return (
    <FilterForm keys={[...filterKeys, ...customFields.map((cf) => `cf.${cf.key}`)]} labels={{ apply: t("apply"), reset: t("reset") }} apply={apply} onDone={onDone}>
      <FilterGroup legend={t("birthday")}>
        <p className="text-xs text-muted-foreground">{t("birthdayHint")}</p>
        <span className="text-sm">{t("birthdayFrom")}</span>
        {dayMonth("bFrom", f.birthday?.from, t("birthdayFrom"))}
        <span className="text-sm">{t("birthdayTo")}</span>
        {dayMonth("bTo", f.birthday?.to, t("birthdayTo"))}
        <label className="flex min-h-11 items-center gap-3 text-sm">
          <input type="checkbox" name="nameday" defaultChecked={f.nameDayThisWeek} className="size-5 accent-primary" />
          {t("nameDayThisWeek")}
        </label>
      </FilterGroup>
      <FilterGroup legend={t("created")}>
        <div className="grid grid-cols-2 gap-2">
          <label className="flex flex-col gap-1 text-sm">
            {t("createdFrom")}
            <Input type="date" name="createdFrom" defaultValue={f.createdFrom} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            {t("createdTo")}
            <Input type="date" name="createdTo" defaultValue={f.createdTo} />
          </label>
        </div>
      </FilterGroup>
      {tags.length ? (
        <FilterGroup legend={t("tags")}>
          <div className="flex flex-wrap gap-x-4">
            {tags.map((tag) => (
              <label key={tag.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="tags" value={tag.id} defaultChecked={f.tags?.includes(tag.id)} className="size-5 accent-primary" />
                {tag.name}
              </label>
            ))}
          </div>
          <label className="flex items-center justify-between gap-3 text-sm">
            {t("tagMode")}
            <Select name="tagMode" defaultValue={f.tagMode} wrapperClassName="w-48">
              <option value="any">{t("tagModeAny")}</option>
              <option value="all">{t("tagModeAll")}</option>
            </Select>
          </label>
        </FilterGroup>
      ) : null}
      <FilterGroup legend={t("responsible")}>
        <Select name="resp" defaultValue={f.responsible ?? ""} aria-label={t("responsible")}>
          <option value="">{t("anyone")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>{m.name}</option>
          ))}
        </Select>
        <label className="flex flex-col gap-1 text-sm">
          {t("source")}
          <Input name="source" defaultValue={f.source} />
        </label>
      </FilterGroup>
      <FilterGroup legend={t("consents")}>
        {consentKeys.map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="checkbox" name="consent" value={k} defaultChecked={f.consents?.includes(k)} className="size-5 accent-primary" />
            {tcons(k)}
          </label>
        ))}
        {triState("optout", t("optOut"), f.optOut)}
        {triState("phone", t("hasPhone"), f.hasPhone)}
        {triState("email", t("hasEmail"), f.hasEmail)}
      </FilterGroup>
      <FilterGroup legend={t("site")}>{triState("registered", t("registered"), f.registered)}</FilterGroup>
      {customFields.length ? (
        <FilterGroup legend={tf("sections.custom")}>
          {customFields.map((cf) => (
            <label key={cf.key} className="flex flex-col gap-1 text-sm">
              {cf.label}
              {cf.type === "select" || cf.type === "checkbox" ? (
                <Select name={`cf.${cf.key}`} defaultValue={f.custom?.[cf.key] ?? ""}>
                  <option value="">{t("any")}</option>
                  {cf.type === "checkbox" ? (
                    <option value="true">{t("yes")}</option>
                  ) : (
                    cf.options.map((o) => (
                      <option key={o} value={o}>{o}</option>
                    ))
                  )}
                </Select>
              ) : (
                <Input name={`cf.${cf.key}`} type={cf.type === "date" ? "date" : cf.type === "number" ? "number" : "text"} defaultValue={f.custom?.[cf.key]} />
              )}
            </label>
          ))}
        </FilterGroup>
      ) : null}
    </FilterForm>
  );
}
