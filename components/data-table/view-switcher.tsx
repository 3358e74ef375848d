"use client";

import { Bookmark, Star, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { deleteViewAction, saveViewAction, setDefaultViewAction } from "@/app/(app)/actions";
import { Field } from "@/components/forms/field";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { viewHref } from "./view-href";

export type SavedView = { id: string; name: string; query: string; isDefault: boolean };

/** Pick a saved view, save the current setup as one, make it the default or delete it. */
export function ViewSwitcher({ tableKey, views, activeId, columns, query }: { tableKey: string; views: SavedView[]; activeId: string | null; columns: string[]; query: string }) {
  const t = useTranslations("dataTable");
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const active = views.find((v) => v.id === activeId);
  const save = useActionForm(saveViewAction, {
    onSuccess: (id) => {
      setOpen(false);
      toast.success(t("viewSaved"));
      const saved = new URLSearchParams(query);
      saved.set("view", id);
      saved.delete("page");
      router.push(`${pathname}?${saved}`);
    },
  });
  const remove = useActionForm(deleteViewAction, { onSuccess: () => router.push(`${pathname}?view=standard`) });
  const makeDefault = useActionForm(setDefaultViewAction);

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-2 text-sm">
        <span className="sr-only">{t("view")}</span>
        <Bookmark aria-hidden className="size-4 text-muted-foreground" />
        <select
          aria-label={t("view")}
          value={activeId ?? ""}
          onChange={(e) => {
            const view = views.find((v) => v.id === e.target.value);
            // "view=standard" says so explicitly: a bare list URL opens the default view.
            router.push(view ? viewHref(pathname, view) : `${pathname}?view=standard`);
          }}
          className="h-11 max-w-56 rounded-md border bg-card px-2"
        >
          <option value="">{t("standardView")}</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.isDefault ? t("defaultMark", { name: v.name }) : v.name}
            </option>
          ))}
        </select>
      </label>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline">{t("saveView")}</Button>
        </DialogTrigger>
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
            <label className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="isDefault" defaultChecked={active?.isDefault} className="size-5 accent-primary" />
              {t("makeDefault")}
            </label>
            <SubmitButton className="self-start">{t("saveView")}</SubmitButton>
          </form>
        </DialogContent>
      </Dialog>
      {active ? (
        <>
          {!active.isDefault ? (
            <form action={makeDefault.formAction}>
              <input type="hidden" name="table" value={tableKey} />
              <input type="hidden" name="id" value={active.id} />
              <SubmitButton variant="ghost" size="icon" aria-label={t("makeDefault")} title={t("makeDefault")}>
                <Star aria-hidden className="size-4" />
              </SubmitButton>
            </form>
          ) : null}
          <ConfirmForm action={remove.formAction} confirm={t("deleteViewConfirm", { name: active.name })} fields={{ table: tableKey, id: active.id }}>
            <SubmitButton variant="ghost" size="icon" aria-label={t("deleteView")} title={t("deleteView")}>
              <Trash2 aria-hidden className="size-4" />
            </SubmitButton>
          </ConfirmForm>
        </>
      ) : null}
    </div>
  );
}
