"use client";

import { Archive, ArchiveRestore, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { toast } from "@/components/ui/toast";
import { archiveOrderAction, resendConfirmationAction } from "../../actions";

export function ArchiveOrderButton({ orderId, archived }: { orderId: string; archived: boolean }) {
  const t = useTranslations("orders.detail");
  const { formAction, formError, formKey } = useActionForm(archiveOrderAction, { onSuccess: (m) => toast.success(m) });
  return (
    <form key={formKey} action={formAction}>
      <input type="hidden" name="id" value={orderId} />
      <input type="hidden" name="archived" value={archived ? "0" : "1"} />
      <FormError message={formError} />
      <SubmitButton variant="outline">
        {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        {archived ? t("unarchive") : t("archive")}
      </SubmitButton>
    </form>
  );
}

/** Sends the order confirmation again; says where it went, or why it could not go. */
export function ResendConfirmationButton({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.detail");
  const { formAction, formError, formKey } = useActionForm(resendConfirmationAction, { onSuccess: (m) => toast.success(m) });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={orderId} />
      <SubmitButton variant="outline">
        <Send aria-hidden className="size-4" />
        {t("resend")}
      </SubmitButton>
      <FormError message={formError} />
    </form>
  );
}
