"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/forms/field";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createCustomFieldAction, deleteCustomFieldAction, moveCustomFieldAction } from "../actions";

const types = ["text", "number", "date", "select", "checkbox"] as const;
type FieldRow = { id: string; label: string; type: (typeof types)[number]; options: string[] };

function RowActions({ field, first, last }: { field: FieldRow; first: boolean; last: boolean }) {
  const t = useTranslations("customFields");
  const move = useActionForm(moveCustomFieldAction);
  const remove = useActionForm(deleteCustomFieldAction);
  const iconButton = "inline-flex size-11 items-center justify-center rounded-md hover:bg-muted disabled:opacity-30";
  return (
    <div className="flex items-center">
      {(["up", "down"] as const).map((direction) => (
        <form key={direction} action={move.formAction}>
          <input type="hidden" name="id" value={field.id} />
          <input type="hidden" name="direction" value={direction} />
          <button type="submit" className={iconButton} disabled={direction === "up" ? first : last} aria-label={`${direction === "up" ? t("moveUp") : t("moveDown")}: ${field.label}`}>
            {direction === "up" ? <ArrowUp aria-hidden className="size-4" /> : <ArrowDown aria-hidden className="size-4" />}
          </button>
        </form>
      ))}
      <ConfirmForm action={remove.formAction} confirm={t("deleteConfirm", { label: field.label })} fields={{ id: field.id }}>
        <button type="submit" className={`${iconButton} text-destructive`} aria-label={`${t("delete")}: ${field.label}`}>
          <Trash2 aria-hidden className="size-4" />
        </button>
      </ConfirmForm>
    </div>
  );
}

/** Settings → the card's own fields: add, reorder, delete. Owners only. */
export function CustomFieldsEditor({ fields, canEdit }: { fields: FieldRow[]; canEdit: boolean }) {
  const t = useTranslations("customFields");
  const [type, setType] = useState<string>("text");
  const { formAction, formError, error, value, formKey } = useActionForm(createCustomFieldAction, { shows: fields.length });
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {fields.length ? (
          <ul className="divide-y rounded-md border">
            {fields.map((f, i) => (
              <li key={f.id} className="flex items-center gap-3 px-3 py-1">
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium">{f.label}</p>
                  <p className="truncate text-xs text-muted-foreground">
                    {t(`types.${f.type}`)}
                    {f.options.length ? ` · ${f.options.join(", ")}` : ""}
                  </p>
                </div>
                {canEdit ? <RowActions field={f} first={i === 0} last={i === fields.length - 1} /> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        )}
        {canEdit ? (
          <form key={formKey} action={formAction} className="grid gap-3 sm:grid-cols-[1fr_12rem]" noValidate>
            <FormError message={formError} className="sm:col-span-2" />
            <Field label={t("label")} name="label" error={error("label")}>
              <Input defaultValue={value("label")} maxLength={60} required />
            </Field>
            <Field label={t("type")} name="type" error={error("type")}>
              <Select value={type} onChange={(e) => setType(e.target.value)}>
                {types.map((ty) => (
                  <option key={ty} value={ty}>{t(`types.${ty}`)}</option>
                ))}
              </Select>
            </Field>
            {type === "select" ? (
              <Field label={t("options")} name="options" error={error("options")} hint={t("optionsHint")} className="sm:col-span-2">
                <Input defaultValue={value("options")} maxLength={2000} />
              </Field>
            ) : null}
            <SubmitButton className="self-start">{t("add")}</SubmitButton>
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}
