"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/action";
import type { Selection } from "./data-table";

export type BulkAction = (prev: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;

/**
 * One bulk action of a list: a button, then a dialog that says how many rows it will touch
 * (`question`) and asks to confirm. The form posts the ticked ids (or "all matching" with the
 * list's query), `fields` as hidden inputs, and `children` (the action's own controls).
 * The action answers with the success message shown as a toast.
 */
export function BulkDialog({ selection, action, label, icon, question, fields = {}, children }: {
  selection: Selection;
  action: BulkAction;
  label: string;
  icon: ReactNode;
  question: string;
  fields?: Record<string, string>;
  children?: ReactNode;
}) {
  const t = useTranslations("dataTable");
  const [open, setOpen] = useState(false);
  const { formAction, formError, formKey } = useActionForm(action, {
    onSuccess: (message) => {
      toast.success(message);
      selection.clear();
      setOpen(false);
    },
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="min-h-11">
          {icon}
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("cancel")}>
        <DialogTitle>{t("confirmTitle")}</DialogTitle>
        <form key={formKey} action={formAction} className="flex flex-col gap-4">
          {selection.allMatching ? <input type="hidden" name="all" value="1" /> : selection.ids.map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
          <input type="hidden" name="query" value={selection.query} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {children}
          <DialogDescription>{question}</DialogDescription>
          <FormError message={formError} />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <SubmitButton>{t("confirm")}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
