"use client";

import { Check, CheckCheck } from "lucide-react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { toast } from "@/components/ui/toast";
import { markAllNotificationsReadAction, markNotificationReadAction } from "../actions";

// Labels come translated from the page, so this section needs no messages in the browser.

/** Marks one notification read; on a phone only its icon shows (the label is still spoken). */
export function MarkReadButton({ id, text, label }: { id: string; text: string; label: string }) {
  const { formAction, formError, formKey } = useActionForm(markNotificationReadAction);
  return (
    <form key={formKey} action={formAction} className="flex shrink-0 flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" aria-label={label} className="px-3">
        <Check aria-hidden />
        <span aria-hidden className="hidden sm:inline">
          {text}
        </span>
      </SubmitButton>
      <FormError message={formError} />
    </form>
  );
}

export function MarkAllReadButton({ text }: { text: string }) {
  const { formAction, formError, formKey } = useActionForm(markAllNotificationsReadAction, { onSuccess: (m) => toast.success(m) });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-2">
      <SubmitButton variant="outline">
        <CheckCheck aria-hidden />
        {text}
      </SubmitButton>
      <FormError message={formError} />
    </form>
  );
}
