"use client";

import { Archive, ArchiveRestore, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { archiveClientsAction, eraseClientAction } from "../../actions";

/** Archive or bring back one client from her card. */
export function ArchiveButton({ clientId, archived }: { clientId: string; archived: boolean }) {
  const t = useTranslations("clients.card.actions");
  const { formAction, formError, formKey } = useActionForm(archiveClientsAction, { onSuccess: (message) => toast.success(message) });
  return (
    <form key={formKey} action={formAction}>
      <input type="hidden" name="ids" value={clientId} />
      <input type="hidden" name="archived" value={archived ? "0" : "1"} />
      <FormError message={formError} />
      <SubmitButton variant="outline">
        {archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        {archived ? t("unarchive") : t("archive")}
      </SubmitButton>
    </form>
  );
}

/** Permanent erasure (GDPR), only from the archive, after typing the client's last name. */
export function EraseButton({ clientId, lastName }: { clientId: string; lastName: string }) {
  const t = useTranslations("clients.card");
  const tf = useTranslations("clients.form");
  const { formAction, formError, error, formKey } = useActionForm(eraseClientAction);
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="destructive">
          <Trash2 aria-hidden className="size-4" />
          {t("actions.erase")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tf("cancel")}>
        <DialogTitle>{t("eraseTitle")}</DialogTitle>
        <DialogDescription>{t("eraseText", { lastName })}</DialogDescription>
        <form key={formKey} action={formAction} className="flex flex-col gap-4">
          <input type="hidden" name="id" value={clientId} />
          <FormError message={formError} />
          <Field label={t("eraseConfirm")} name="confirm" error={error("confirm")}>
            <Input autoComplete="off" />
          </Field>
          <SubmitButton variant="destructive">{t("eraseSubmit")}</SubmitButton>
        </form>
      </DialogContent>
    </Dialog>
  );
}
