"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TagBadge, tagColors } from "@/components/ui/tag-badge";
import { deleteTagAction, updateTagAction } from "../actions";

type Tag = { id: string; name: string; color: string };

function TagRow({ tag, canEdit }: { tag: Tag; canEdit: boolean }) {
  const t = useTranslations("tagsSettings");
  const save = useActionForm(updateTagAction, { shows: tag });
  const remove = useActionForm(deleteTagAction);
  if (!canEdit) return <li className="py-2"><TagBadge name={tag.name} color={tag.color} /></li>;
  return (
    <li className="flex flex-col gap-2 py-3">
      <form key={save.formKey} action={save.formAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="id" value={tag.id} />
        <label className="flex min-w-40 flex-1 flex-col gap-1 text-xs text-muted-foreground">
          {t("name")}
          <Input name="name" defaultValue={save.value("name") ?? tag.name} maxLength={50} aria-invalid={save.error("name") ? true : undefined} />
        </label>
        <label className="flex w-36 flex-col gap-1 text-xs text-muted-foreground">
          {t("color")}
          <Select name="color" defaultValue={tag.color}>
            {tagColors.map((c) => (
              <option key={c} value={c}>{t(`colors.${c}`)}</option>
            ))}
          </Select>
        </label>
        <SubmitButton variant="outline">{t("save")}</SubmitButton>
      </form>
      <FormError message={save.formError ?? save.error("name")?.[0] ?? remove.formError} />
      <ConfirmForm action={remove.formAction} confirm={t("deleteConfirm", { name: tag.name })} fields={{ id: tag.id }} className="flex items-center gap-3">
        <TagBadge name={tag.name} color={tag.color} />
        <SubmitButton variant="ghost" size="sm" className="min-h-11 text-destructive">
          <Trash2 aria-hidden className="size-4" />
          {t("delete")}
        </SubmitButton>
      </ConfirmForm>
    </li>
  );
}

/** Settings → tags: rename, recolour, delete. New tags come from the client card. */
export function TagsEditor({ tags, canEdit }: { tags: Tag[]; canEdit: boolean }) {
  const t = useTranslations("tagsSettings");
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {tags.length ? (
          <ul className="divide-y">
            {tags.map((tag) => (
              <TagRow key={tag.id} tag={tag} canEdit={canEdit} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        )}
      </CardContent>
    </Card>
  );
}
