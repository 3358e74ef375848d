"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteContactAction } from "../actions";

/** Deletes one contact (and its reminder) after the browser's confirm(). */
export function DeleteContact({ id, back }: { id: string; back: "client" | null }) {
  const t = useTranslations("contacts.form");
  const { formAction, formError } = useActionForm(deleteContactAction);
  return (
    <ConfirmForm action={formAction} confirm={t("confirmDelete")} fields={back ? { id, back } : { id }} className="flex max-w-3xl flex-col gap-2">
      <FormError message={formError} />
      <SubmitButton variant="outline" className="self-start text-destructive">
        <Trash2 aria-hidden className="size-4" />
        {t("delete")}
      </SubmitButton>
    </ConfirmForm>
  );
}
