"use client";

import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { unsubscribeAction } from "./actions";

/** The one button; once it has worked, the confirmation takes its place. */
export function UnsubscribeForm({ token, labels }: { token: string; labels: { button: string; done: string } }) {
  const { state, formAction, formError } = useActionForm(unsubscribeAction);
  if (state?.ok) {
    return (
      <p role="status" className="font-medium">
        {labels.done}
      </p>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormError message={formError} />
      <SubmitButton>{labels.button}</SubmitButton>
    </form>
  );
}
