"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { saveViewAction } from "@/app/(app)/actions";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import type { SavedView } from "./view-switcher";

/** "Save view": a name, "make it my default" and "show to everyone" for the list's current setup; opens the saved view. */
export function SaveViewDialog({ tableKey, query, columns, active, onClose }: { tableKey: string; query: string; columns: string[]; active: SavedView | undefined; onClose: () => void }) {
  const t = useTranslations("dataTable");
  // Saving a colleague's shared view makes her own copy under the same name.
  const mine = active?.owner === null ? active : undefined;
  const router = useRouter();
  const pathname = usePathname();
  const save = useActionForm(saveViewAction, {
    onSuccess: (id) => {
      onClose();
      toast.success(t("viewSaved"));
      const saved = new URLSearchParams(query);
      saved.set("view", id);
      saved.delete("page");
      router.push(`${pathname}?${saved}`);
    },
  });
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("done")}>
        <DialogTitle>{t("saveViewTitle")}</DialogTitle>
        <DialogDescription>{t("saveViewText")}</DialogDescription>
        <form key={save.formKey} action={save.formAction} className="flex flex-col gap-4" noValidate>
          <input type="hidden" name="table" value={tableKey} />
          <input type="hidden" name="query" value={query} />
          {columns.map((c) => (
            <input key={c} type="hidden" name="columns" value={c} />
          ))}
          <FormError message={save.formError} />
          <Field label={t("viewName")} name="name" error={save.error("name")}>
            <Input defaultValue={save.value("name") ?? active?.name ?? ""} maxLength={60} required />
          </Field>
          <div className="flex flex-col">
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="isDefault" defaultChecked={mine?.isDefault} className="size-5 shrink-0 accent-primary" />
              {t("makeDefault")}
            </label>
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="shared" defaultChecked={mine?.shared} className="size-5 shrink-0 accent-primary" />
              {t("shareView")}
            </label>
          </div>
          <SubmitButton className="self-start">{t("saveView")}</SubmitButton>
        </form>
      </DialogContent>
    </Dialog>
  );
}
