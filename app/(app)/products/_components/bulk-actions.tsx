"use client";

import { Archive, ArchiveRestore, Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { Selection } from "@/components/data-table/data-table";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/action";
import { activateProductsAction, archiveProductsAction } from "../actions";

type BulkAction = (prev: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;

// The same confirm-then-post dialog as the client book's bulk actions, in this section's
// namespace (the clients' one reads clients.* messages, which this layout does not load).
function BulkDialog({ selection, action, label, icon, field, question }: {
  selection: Selection;
  action: BulkAction;
  label: string;
  icon: ReactNode;
  /** The action's own hidden input: [name, value]. */
  field: [string, string];
  question: string;
}) {
  const t = useTranslations("products.bulk");
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
          <input type="hidden" name={field[0]} value={field[1]} />
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

/** Activate, deactivate, archive or bring back the ticked products (or all matching). */
export function ProductBulkActions({ selection, archived }: { selection: Selection; archived: boolean }) {
  const t = useTranslations("products.bulk");
  const count = selection.count;
  const icon = "size-4";
  return (
    <>
      {archived ? null : (
        <>
          <BulkDialog selection={selection} action={activateProductsAction} label={t("activate")} icon={<Eye aria-hidden className={icon} />} field={["active", "1"]} question={t("confirmActivate", { count })} />
          <BulkDialog selection={selection} action={activateProductsAction} label={t("deactivate")} icon={<EyeOff aria-hidden className={icon} />} field={["active", "0"]} question={t("confirmDeactivate", { count })} />
        </>
      )}
      <BulkDialog
        selection={selection}
        action={archiveProductsAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className={icon} /> : <Archive aria-hidden className={icon} />}
        field={["archived", archived ? "0" : "1"]}
        question={archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count })}
      />
    </>
  );
}
