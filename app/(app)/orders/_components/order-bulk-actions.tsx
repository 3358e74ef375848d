"use client";

import { Archive, ArchiveRestore, PackageCheck, Truck } from "lucide-react";
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
import { archiveOrdersAction, setOrdersStatusAction } from "../list-actions";

type BulkAction = (prev: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;

/** A bulk action's button, then a dialog that names how many orders it touches. */
function BulkDialog({ selection, action, label, icon, field, question }: {
  selection: Selection;
  action: BulkAction;
  label: string;
  icon: ReactNode;
  field: { name: string; value: string };
  question: string;
}) {
  const t = useTranslations("orders.bulk");
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
          <input type="hidden" name={field.name} value={field.value} />
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

/** Mark processed, mark delivered, archive or bring back: for the ticked or all matching orders. */
export function OrderBulkActions({ selection, archived }: { selection: Selection; archived: boolean }) {
  const t = useTranslations("orders.bulk");
  const count = selection.count;
  const icon = "size-4";
  return (
    <>
      {archived ? null : (
        <>
          <BulkDialog
            selection={selection}
            action={setOrdersStatusAction}
            label={t("processed")}
            icon={<PackageCheck aria-hidden className={icon} />}
            field={{ name: "status", value: "processed" }}
            question={t("confirmProcessed", { count })}
          />
          <BulkDialog
            selection={selection}
            action={setOrdersStatusAction}
            label={t("delivered")}
            icon={<Truck aria-hidden className={icon} />}
            field={{ name: "status", value: "delivered" }}
            question={t("confirmDelivered", { count })}
          />
        </>
      )}
      <BulkDialog
        selection={selection}
        action={archiveOrdersAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className={icon} /> : <Archive aria-hidden className={icon} />}
        field={{ name: "archived", value: archived ? "0" : "1" }}
        question={archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count })}
      />
    </>
  );
}
