"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { Recurrence, ReminderCategory } from "@/db/schema/reminders";
import { ClientPicker, type PickedClient } from "../../orders/_components/client-picker";
import { createReminderAction, updateReminderAction } from "../actions";

export type ReminderFormValues = {
  id?: string;
  version?: number;
  title: string;
  description: string;
  allDay: boolean;
  /** datetime-local and date values in the workspace's time zone. */
  dueAt: string;
  dueDate: string;
  target: "client" | "group" | "none";
  client: PickedClient | null;
  tagId: string;
  order: { id: string; number: number } | null;
  contactId: string;
  category: ReminderCategory | "";
  assigneeId: string;
  recurrence: Recurrence;
};

type Options = {
  categories: ReminderCategory[];
  recurrences: Recurrence[];
  members: { id: string; name: string }[];
  tags: { id: string; name: string }[];
};

/** New or edit. What is typed lives in state above the form, so a failed save keeps it. */
export function ReminderForm({ values, options, back }: { values: ReminderFormValues; options: Options; back: string }) {
  const t = useTranslations("reminders");
  const editing = Boolean(values.id);
  const { formAction, formError, error, value, formKey } = useActionForm(editing ? updateReminderAction : createReminderAction);
  const [allDay, setAllDay] = useState(values.allDay);
  const [target, setTarget] = useState(values.target);
  const [client, setClient] = useState(values.client);
  const order = client && values.client && client.id === values.client.id ? values.order : null;

  return (
    <form key={formKey} action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
      <input type="hidden" name="back" value={back} />
      {values.contactId ? <input type="hidden" name="contactId" value={values.contactId} /> : null}
      {order ? <input type="hidden" name="orderId" value={order.id} /> : null}
      <FormError message={formError} />

      <Field label={t("form.title")} name="title" error={error("title")}>
        <Input name="title" defaultValue={value("title") ?? values.title} required maxLength={200} autoFocus={!editing} />
      </Field>

      <div className="flex flex-col gap-3">
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="allDay" checked={allDay} onChange={(e) => setAllDay(e.target.checked)} className="size-5 accent-primary" />
          {t("form.allDay")}
        </label>
        {allDay ? (
          <Field label={t("form.date")} name="dueDate" error={error("dueDate")}>
            <Input type="date" name="dueDate" defaultValue={value("dueDate") ?? values.dueDate} required />
          </Field>
        ) : (
          <Field label={t("form.dueAt")} name="dueAt" error={error("dueAt")}>
            <Input type="datetime-local" name="dueAt" defaultValue={value("dueAt") ?? values.dueAt} required />
          </Field>
        )}
      </div>

      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">{t("form.target")}</legend>
        <div className="flex flex-wrap gap-x-5">
          {(["client", "group", "none"] as const).map((v) => (
            <label key={v} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="target" value={v} checked={target === v} onChange={() => setTarget(v)} className="size-5 accent-primary" />
              {t(v === "client" ? "form.targetClient" : v === "group" ? "form.targetGroup" : "form.targetNone")}
            </label>
          ))}
        </div>
        {target === "client" ? (
          <>
            <ClientPicker value={client} onChange={setClient} error={error("clientId")} />
            {order ? <p className="text-sm text-muted-foreground">{t("form.order")}: № {order.number}</p> : null}
          </>
        ) : null}
        {target === "group" ? (
          <Field label={t("form.tag")} name="tagId" error={error("tagId")}>
            <Select name="tagId" defaultValue={value("tagId") ?? values.tagId}>
              <option value="">{t("form.chooseTag")}</option>
              {options.tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("form.category")} name="category" error={error("category")}>
          <Select name="category" defaultValue={value("category") ?? values.category}>
            <option value="">{t("form.noCategory")}</option>
            {options.categories.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("form.assignee")} name="assigneeId" error={error("assigneeId")}>
          <Select name="assigneeId" defaultValue={value("assigneeId") ?? values.assigneeId}>
            <option value="">{t("form.noAssignee")}</option>
            {options.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("form.recurrence")} name="recurrence" error={error("recurrence")}>
          <Select name="recurrence" defaultValue={value("recurrence") ?? values.recurrence}>
            {options.recurrences.map((r) => (
              <option key={r} value={r}>
                {t(`recurrence.${r}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <Field label={t("form.description")} name="description" error={error("description")}>
        <Textarea name="description" rows={4} defaultValue={value("description") ?? values.description} maxLength={2000} />
      </Field>

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{editing ? t("form.save") : t("form.create")}</SubmitButton>
        <Link href={back} className={buttonVariants({ variant: "outline" })}>
          {t("form.cancel")}
        </Link>
      </div>
    </form>
  );
}
