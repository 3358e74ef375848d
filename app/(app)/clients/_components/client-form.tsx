"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { createClientAction, updateClientAction } from "../actions";
import { ContactRows, type ContactRow } from "./contact-rows";

const addressKinds = ["home", "mailing", "registration", "work"] as const;
const consentKinds = ["notifications", "dataProcessing", "commercial", "thirdParty"] as const;

export type ClientFormValues = {
  id?: string;
  version?: number;
  scalars: Record<string, string>;
  phones: ContactRow[];
  emails: ContactRow[];
  addresses: Partial<Record<(typeof addressKinds)[number], Record<string, string>>>;
  tags: string;
  consents: Partial<Record<(typeof consentKinds)[number], string | null>>;
  emailOptOut: boolean;
  custom: Record<string, string | number | boolean>;
};

type Props = {
  values: ClientFormValues;
  customFields: { key: string; label: string; type: string; options: string[] }[];
  members: { id: string; name: string }[];
  companies: string[];
  /** Each language's own name, for the "language of e-mails" select. */
  locales: { value: string; label: string }[];
  cancelHref: string;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The client card's form, for a new client and for an edit (which carries the version). */
export function ClientForm({ values, customFields, members, companies, locales, cancelHref }: Props) {
  const t = useTranslations("clients.form");
  const tm = useTranslations("clients.months");
  const editing = Boolean(values.id);
  const { formAction, formError, error, value, formKey } = useActionForm(editing ? updateClientAction : createClientAction, { shows: values });
  const v = (name: string) => value(name) ?? values.scalars[name] ?? "";
  // After a failed save the form is created anew (see useActionForm): its phone and e-mail
  // rows start from what was typed, not from the stored card.
  const typedRows = (list: string, field: string, primaryName: string): ContactRow[] | null => {
    const rows: ContactRow[] = [];
    for (let i = 0; value(`${list}.${i}.${field}`) !== undefined; i++) {
      rows.push({ text: value(`${list}.${i}.${field}`)!, label: value(`${list}.${i}.label`) ?? "", primary: value(primaryName) === String(i) });
    }
    return rows.length ? rows : null;
  };
  const days = Array.from({ length: 31 }, (_, i) => i + 1);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);

  const text = (name: string, label: string, props: Record<string, unknown> = {}, hint?: string) => (
    <Field label={label} name={name} error={error(name)} hint={hint}>
      <Input defaultValue={v(name)} {...props} />
    </Field>
  );
  const dayMonth = (dayName: string, monthName: string, label: string, year?: string) => (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <div className="grid grid-cols-[5rem_1fr_6rem] gap-2">
        <Field label={t("day")} name={dayName} error={error(dayName)}>
          <Select defaultValue={v(dayName)}>
            <option value="">{t("noMonth")}</option>
            {days.map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("month")} name={monthName} error={error(monthName)}>
          <Select defaultValue={v(monthName)}>
            <option value="">{t("noMonth")}</option>
            {months.map((m) => (
              <option key={m} value={m}>{tm(String(m) as "1")}</option>
            ))}
          </Select>
        </Field>
        {year ? (
          <Field label={t("year")} name={year} error={error(year)}>
            <Input type="number" inputMode="numeric" min={1900} max={2100} defaultValue={v(year)} />
          </Field>
        ) : null}
      </div>
    </fieldset>
  );

  return (
    <form key={formKey} action={formAction} noValidate className="flex max-w-3xl flex-col gap-4">
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <FormError message={formError} />
      <p className="text-sm text-muted-foreground">{t("requiredHint")}</p>

      <Section title={t("sections.basic")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("lastName", t("lastName"), { required: true, autoComplete: "off", maxLength: 100 })}
          {text("firstName", t("firstName"), { required: true, autoComplete: "off", maxLength: 100 })}
          {text("middleName", t("middleName"), { maxLength: 100 })}
          {text("number", t("number"), { type: "number", inputMode: "numeric", min: 1 }, t("numberHint"))}
        </div>
        {dayMonth("birthDay", "birthMonth", t("birthday"), "birthYear")}
        {dayMonth("nameDayDay", "nameDayMonth", t("nameDay"))}
        {text("tags", t("tags"), { maxLength: 500 }, t("tagsHint"))}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("responsible")} name="responsibleId" error={error("responsibleId")}>
            <Select defaultValue={v("responsibleId")}>
              <option value="">{t("nobody")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>{m.name}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("locale")} name="locale" error={error("locale")}>
            <Select defaultValue={v("locale")}>
              <option value="">{t("localeDefault")}</option>
              {locales.map((l) => (
                <option key={l.value} value={l.value} lang={l.value}>{l.label}</option>
              ))}
            </Select>
          </Field>
        </div>
      </Section>

      <Section title={t("sections.contacts")}>
        <ContactRows kind="phones" initial={typedRows("phones", "value", "primaryPhone") ?? values.phones} error={error} />
        <ContactRows kind="emails" initial={typedRows("emails", "address", "primaryEmail") ?? values.emails} error={error} />
      </Section>

      <Section title={t("sections.addresses")}>
        {addressKinds.map((kind, i) => {
          const a = values.addresses[kind] ?? {};
          const av = (f: string) => value(`addresses.${i}.${f}`) ?? a[f] ?? "";
          return (
            <details key={kind} open={Object.values(a).some(Boolean)} className="rounded-md border p-3 open:pb-4">
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">{t(`addressKinds.${kind}`)}</summary>
              <input type="hidden" name={`addresses.${i}.kind`} value={kind} />
              <div className="mt-2 grid gap-3 sm:grid-cols-2">
                {(["line1", "line2", "city", "region", "postalCode", "country"] as const).map((f) => (
                  <Field key={f} label={t(f)} name={`addresses.${i}.${f}`} error={error(`addresses.${i}.${f}`)}>
                    <Input defaultValue={av(f)} maxLength={f === "country" ? 2 : 200} />
                  </Field>
                ))}
              </div>
            </details>
          );
        })}
      </Section>

      <Section title={t("sections.additional")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("companyName", t("company"), { list: "client-companies", maxLength: 200 }, t("companyHint"))}
          {text("source", t("source"), { maxLength: 100 }, t("sourceHint"))}
          {text("loyaltyCard", t("loyaltyCard"), { maxLength: 50 })}
          {text("discountPercent", t("discountPercent"), { type: "number", inputMode: "numeric", min: 0, max: 100 })}
          {text("idDocType", t("idDocType"), { maxLength: 100 })}
          <div className="grid grid-cols-2 gap-2">
            {text("idDocSeries", t("idDocSeries"), { maxLength: 50 })}
            {text("idDocNumber", t("idDocNumber"), { maxLength: 50 })}
          </div>
        </div>
        <datalist id="client-companies">
          {companies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <Field label={t("description")} name="description" error={error("description")}>
          <Textarea defaultValue={v("description")} rows={3} maxLength={5000} />
        </Field>
        <Field label={t("remarks")} name="remarks" error={error("remarks")}>
          <Textarea defaultValue={v("remarks")} rows={3} maxLength={5000} />
        </Field>
      </Section>

      <Section title={t("sections.consents")}>
        {consentKinds.map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="checkbox" name={`consents.${k}`} defaultChecked={value(`consents.${k}`) !== undefined || Boolean(values.consents[k])} className="size-5 shrink-0 accent-primary" />
            <span>
              {t(`consents.${k}`)}
              {values.consents[k] ? <span className="ml-2 text-muted-foreground">{t("consentSince", { date: values.consents[k]! })}</span> : null}
            </span>
          </label>
        ))}
        <label className="flex min-h-11 items-center gap-3 text-sm">
          <input type="checkbox" name="emailOptOut" defaultChecked={values.emailOptOut} className="size-5 shrink-0 accent-primary" />
          {t("emailOptOut")}
        </label>
      </Section>

      {customFields.length ? (
        <Section title={t("sections.custom")}>
          <div className="grid gap-4 sm:grid-cols-2">
            {customFields.map((f) => {
              const name = `custom.${f.key}`;
              const current = value(name) ?? String(values.custom[f.key] ?? "");
              if (f.type === "checkbox") {
                return (
                  <label key={f.key} className="flex min-h-11 items-center gap-3 text-sm">
                    <input type="checkbox" name={name} defaultChecked={Boolean(values.custom[f.key])} className="size-5 accent-primary" />
                    {f.label}
                  </label>
                );
              }
              return (
                <Field key={f.key} label={f.label} name={name} error={error(name)}>
                  {f.type === "select" ? (
                    <Select defaultValue={current}>
                      <option value="">{t("noMonth")}</option>
                      {f.options.map((o) => (
                        <option key={o} value={o}>{o}</option>
                      ))}
                    </Select>
                  ) : (
                    <Input type={f.type === "number" ? "number" : f.type === "date" ? "date" : "text"} defaultValue={current} />
                  )}
                </Field>
              );
            })}
          </div>
        </Section>
      ) : null}

      <div className="sticky bottom-20 z-10 flex gap-2 rounded-lg border bg-card p-3 shadow-sm md:bottom-4">
        <SubmitButton>{editing ? t("save") : t("create")}</SubmitButton>
        <Link href={cancelHref} className={buttonVariants({ variant: "ghost" })}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
