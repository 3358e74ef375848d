"use client";

import { Bookmark, Star, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import dynamic from "next/dynamic";
import { deleteViewAction, setDefaultViewAction } from "@/app/(app)/actions";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { viewHref } from "./view-href";

const SaveViewDialog = dynamic(() => import("./save-view-dialog").then((m) => m.SaveViewDialog), { ssr: false });

/** A saved view; `owner` names the colleague who shared it (null for her own). */
export type SavedView = { id: string; name: string; query: string; isDefault: boolean; shared: boolean; owner: string | null };

/** Pick a saved view, save the current setup as one, make it the default or delete it. */
export function ViewSwitcher({ tableKey, views, activeId, columns, query }: { tableKey: string; views: SavedView[]; activeId: string | null; columns: string[]; query: string }) {
  const t = useTranslations("dataTable");
  const router = useRouter();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const active = views.find((v) => v.id === activeId);
  const mine = views.filter((v) => v.owner === null);
  const theirs = views.filter((v) => v.owner !== null);
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
          {mine.map((v) => (
            <option key={v.id} value={v.id}>
              {v.isDefault ? t("defaultMark", { name: v.name }) : v.name}
            </option>
          ))}
          {theirs.length ? (
            <optgroup label={t("sharedViews")}>
              {theirs.map((v) => (
                <option key={v.id} value={v.id}>
                  {t("sharedMark", { name: v.name, owner: v.owner ?? "" })}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      {/* The save dialog's code loads on the first click, not with every list. */}
      <Button variant="outline" onClick={() => setOpen(true)}>
        {t("saveView")}
      </Button>
      {open ? <SaveViewDialog tableKey={tableKey} query={query} columns={columns} active={active} onClose={() => setOpen(false)} /> : null}
      {/* A colleague's shared view is hers to change: it opens, it is not starred or deleted here. */}
      {active && active.owner === null ? (
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
