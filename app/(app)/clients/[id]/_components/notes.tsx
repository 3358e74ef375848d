"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmForm } from "@/components/forms/confirm-form";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { addNoteAction, deleteNoteAction, updateNoteAction } from "../../actions";

/** Ctrl+Enter (⌘+Enter on a Mac) submits the note's form. */
function submitOnCtrlEnter(e: React.KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

export function NoteComposer({ clientId }: { clientId: string }) {
  const t = useTranslations("clients.card.notes");
  const ref = useRef<HTMLTextAreaElement>(null);
  const { formAction, formError, error, formKey } = useActionForm(addNoteAction, { onSuccess: () => ref.current?.focus() });
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="clientId" value={clientId} />
      <label htmlFor="new-note" className="text-sm font-medium">{t("label")}</label>
      <Textarea
        ref={ref}
        id="new-note"
        name="body"
        rows={3}
        maxLength={10_000}
        placeholder={t("placeholder")}
        onKeyDown={submitOnCtrlEnter}
        aria-invalid={error("body") ? true : undefined}
        aria-describedby="new-note-hint"
      />
      <div className="flex items-center justify-between gap-2">
        <p id="new-note-hint" className="text-xs text-muted-foreground">{t("hint")}</p>
        <SubmitButton size="sm" className="min-h-11">{t("add")}</SubmitButton>
      </div>
      <FormError message={formError ?? error("body")?.[0]} />
    </form>
  );
}

type Note = { id: string; body: string; author: string | null; mine: boolean; when: string; edited: boolean };

export function NoteItem({ clientId, note }: { clientId: string; note: Note }) {
  const t = useTranslations("clients.card.notes");
  const [editing, setEditing] = useState(false);
  const edit = useActionForm(updateNoteAction, { onSuccess: () => setEditing(false) });
  const remove = useActionForm(deleteNoteAction);
  return (
    <li className="rounded-lg border bg-card p-3">
      <p className="mb-1 text-xs text-muted-foreground">
        {note.author} · {note.when}
        {note.edited ? ` · ${t("edited")}` : ""}
      </p>
      {editing ? (
        <form key={edit.formKey} action={edit.formAction} className="flex flex-col gap-2">
          <input type="hidden" name="clientId" value={clientId} />
          <input type="hidden" name="noteId" value={note.id} />
          <Textarea name="body" defaultValue={note.body} rows={3} aria-label={t("edit")} onKeyDown={submitOnCtrlEnter} autoFocus />
          <FormError message={edit.formError ?? edit.error("body")?.[0]} />
          <div className="flex gap-2">
            <SubmitButton size="sm" className="min-h-11">{t("save")}</SubmitButton>
            <Button size="sm" variant="ghost" className="min-h-11" onClick={() => setEditing(false)}>{t("cancel")}</Button>
          </div>
        </form>
      ) : (
        <p className="text-sm whitespace-pre-wrap break-words">{note.body}</p>
      )}
      {note.mine && !editing ? (
        <div className="mt-2 flex gap-2">
          <Button size="sm" variant="ghost" className="min-h-11" onClick={() => setEditing(true)}>{t("edit")}</Button>
          <ConfirmForm key={remove.formKey} action={remove.formAction} confirm={t("deleteConfirm")} fields={{ clientId, noteId: note.id }}>
            <SubmitButton size="sm" variant="ghost" className="min-h-11 text-destructive">{t("delete")}</SubmitButton>
          </ConfirmForm>
        </div>
      ) : null}
    </li>
  );
}
