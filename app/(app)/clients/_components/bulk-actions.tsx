"use client";

import { Archive, ArchiveRestore, Tag, UserCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { Selection } from "@/components/data-table/data-table";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import type { ActionState } from "@/lib/action";
import { archiveClientsAction, setResponsibleAction, tagClientsAction } from "../actions";

type BulkAction = (prev: ActionState<string>, formData: FormData) => Promise<ActionState<string>>;

/**
 * One bulk action: a button, then a dialog that says how many clients it will touch and
 * asks to confirm. `fields` renders the action's own inputs and returns the confirmation.
 */
function BulkDialog({ selection, action, label, icon, fields }: {
  selection: Selection;
  action: BulkAction;
  label: string;
  icon: ReactNode;
  fields: (count: number) => { inputs?: ReactNode; question: string };
}) {
  const t = useTranslations("clients.bulk");
  const tf = useTranslations("clients.form");
  const [open, setOpen] = useState(false);
  const { formAction, formError, formKey } = useActionForm(action, {
    onSuccess: (message) => {
      toast.success(message);
      selection.clear();
      setOpen(false);
    },
  });
  const { inputs, question } = fields(selection.count);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="min-h-11">
          {icon}
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tf("cancel")}>
        <DialogTitle>{t("confirmTitle")}</DialogTitle>
        <form key={formKey} action={formAction} className="flex flex-col gap-4">
          {selection.allMatching ? <input type="hidden" name="all" value="1" /> : selection.ids.map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
          <input type="hidden" name="query" value={selection.query} />
          {inputs}
          <DialogDescription>{question}</DialogDescription>
          <FormError message={formError} />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              {tf("cancel")}
            </Button>
            <SubmitButton>{t("confirm")}</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function ClientBulkActions({ selection, archived, tags, members }: {
  selection: Selection;
  archived: boolean;
  tags: { id: string; name: string }[];
  members: { id: string; name: string }[];
}) {
  const t = useTranslations("clients.bulk");
  const [tagId, setTagId] = useState(tags[0]?.id ?? "");
  const [tagOn, setTagOn] = useState("1");
  const [responsibleId, setResponsibleId] = useState("");
  const tagName = tags.find((tag) => tag.id === tagId)?.name ?? "";
  const memberName = members.find((m) => m.id === responsibleId)?.name ?? t("nobody");
  return (
    <>
      <BulkDialog
        selection={selection}
        action={archiveClientsAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        fields={(count) => ({
          inputs: <input type="hidden" name="archived" value={archived ? "0" : "1"} />,
          question: archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count }),
        })}
      />
      {tags.length ? (
        <BulkDialog
          selection={selection}
          action={tagClientsAction}
          label={t("tag")}
          icon={<Tag aria-hidden className="size-4" />}
          fields={(count) => ({
            inputs: (
              <div className="grid gap-3 sm:grid-cols-2">
                <Select name="on" aria-label={t("tag")} value={tagOn} onChange={(e) => setTagOn(e.target.value)}>
                  <option value="1">{t("tag")}</option>
                  <option value="0">{t("untag")}</option>
                </Select>
                <Select name="tagId" aria-label={t("chooseTag")} value={tagId} onChange={(e) => setTagId(e.target.value)}>
                  {tags.map((tag) => (
                    <option key={tag.id} value={tag.id}>
                      {tag.name}
                    </option>
                  ))}
                </Select>
              </div>
            ),
            question: tagOn === "1" ? t("confirmTag", { count, tag: tagName }) : t("confirmUntag", { count, tag: tagName }),
          })}
        />
      ) : null}
      <BulkDialog
        selection={selection}
        action={setResponsibleAction}
        label={t("responsible")}
        icon={<UserCheck aria-hidden className="size-4" />}
        fields={(count) => ({
          inputs: (
            <Select name="responsibleId" aria-label={t("responsible")} value={responsibleId} onChange={(e) => setResponsibleId(e.target.value)}>
              <option value="">{t("nobody")}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          ),
          question: t("confirmResponsible", { count, name: memberName }),
        })}
      />
    </>
  );
}
