"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export type ContactRow = { text: string; label: string; primary: boolean };

// Phones and e-mails are the same kind of list: rows with a label and one primary. They
// differ in names (matching lib/client-input.ts), labels and the keyboard a phone shows.
const kinds = {
  phones: { field: "value", primary: "primaryPhone", labels: ["mobile", "home", "work", "other"], blank: "mobile", type: "tel" },
  emails: { field: "address", primary: "primaryEmail", labels: ["personal", "work", "other"], blank: "personal", type: "email" },
} as const;
const texts = {
  phones: { legend: "phones", one: "phone", label: "phoneLabel", labels: "phoneLabels", add: "addPhone" },
  emails: { legend: "emails", one: "email", label: "emailLabel", labels: "emailLabels", add: "addEmail" },
} as const;

/** Rows of phones or e-mails: add, remove, pick the primary one. Kept in state across a failed save. */
export function ContactRows({ kind, initial, error }: { kind: keyof typeof kinds; initial: ContactRow[]; error: (name: string) => string[] | undefined }) {
  const t = useTranslations("clients.form");
  const k = kinds[kind];
  const m = texts[kind];
  const blank = { text: "", label: k.blank, primary: false };
  const [rows, setRows] = useState<ContactRow[]>(initial.length ? initial.map((r) => ({ ...r, label: r.label || k.blank })) : [blank]);
  const [primary, setPrimary] = useState(Math.max(0, initial.findIndex((r) => r.primary)));
  const set = (i: number, patch: Partial<ContactRow>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const remove = (i: number) => {
    setRows((r) => (r.length > 1 ? r.filter((_, j) => j !== i) : [blank]));
    setPrimary(0);
  };
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-medium">{t(m.legend)}</legend>
      {rows.map((row, i) => {
        const name = `${kind}.${i}.${k.field}`;
        const rowLabel = `${t(m.one)} ${i + 1}`;
        return (
          <div key={i} className="grid grid-cols-[1fr_auto] items-end gap-2 sm:grid-cols-[1fr_9rem_auto_auto]">
            <Field label={rowLabel} name={name} error={error(name)}>
              <Input type={k.type} inputMode={k.type} autoComplete="off" value={row.text} onChange={(e) => set(i, { text: e.target.value })} />
            </Field>
            <Field label={t(m.label)} name={`${kind}.${i}.label`} className="order-3 sm:order-none">
              <Select value={row.label} onChange={(e) => set(i, { label: e.target.value })}>
                {k.labels.map((l) => (
                  <option key={l} value={l}>{t(`${m.labels}.${l}` as "phoneLabels.mobile")}</option>
                ))}
              </Select>
            </Field>
            <label className="order-4 flex min-h-11 items-center gap-2 text-sm sm:order-none">
              <input type="radio" name={k.primary} value={i} checked={primary === i} onChange={() => setPrimary(i)} className="size-5 accent-primary" />
              {t("primary")}
            </label>
            <Button variant="ghost" size="icon" aria-label={`${t("remove")}: ${rowLabel}`} onClick={() => remove(i)}>
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </div>
        );
      })}
      <Button variant="outline" size="sm" className="self-start" onClick={() => setRows((r) => [...r, blank])}>
        <Plus aria-hidden className="size-4" />
        {t(m.add)}
      </Button>
    </fieldset>
  );
}
