"use client";

import { Archive, ArchiveRestore, Tag, UserCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BulkDialog } from "@/components/data-table/bulk-dialog";
import type { Selection } from "@/components/data-table/data-table";
import { Select } from "@/components/ui/select";
import { archiveClientsAction, setResponsibleAction, tagClientsAction } from "../actions";


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
  const count = selection.count;
  return (
    <>
      <BulkDialog
        selection={selection}
        action={archiveClientsAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className="size-4" /> : <Archive aria-hidden className="size-4" />}
        fields={{ archived: archived ? "0" : "1" }}
        question={archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count })}
      />
      {tags.length ? (
        <BulkDialog
          selection={selection}
          action={tagClientsAction}
          label={t("tag")}
          icon={<Tag aria-hidden className="size-4" />}
          question={tagOn === "1" ? t("confirmTag", { count, tag: tagName }) : t("confirmUntag", { count, tag: tagName })}
        >
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
        </BulkDialog>
      ) : null}
      <BulkDialog
        selection={selection}
        action={setResponsibleAction}
        label={t("responsible")}
        icon={<UserCheck aria-hidden className="size-4" />}
        question={t("confirmResponsible", { count, name: memberName })}
      >
        <Select name="responsibleId" aria-label={t("responsible")} value={responsibleId} onChange={(e) => setResponsibleId(e.target.value)}>
          <option value="">{t("nobody")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </BulkDialog>
    </>
  );
}
