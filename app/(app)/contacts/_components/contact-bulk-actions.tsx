"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { BulkDialog } from "@/components/data-table/bulk-dialog";
import type { Selection } from "@/components/data-table/data-table";
import { deleteContactsAction } from "../list-actions";

/** Delete the ticked (or all matching) contacts, after a confirmation that says how many. */
export function ContactBulkActions({ selection }: { selection: Selection }) {
  const t = useTranslations("contacts.bulk");
  return (
    <BulkDialog
      selection={selection}
      action={deleteContactsAction}
      label={t("delete")}
      icon={<Trash2 aria-hidden className="size-4" />}
      question={t("confirmDelete", { count: selection.count })}
    />
  );
}
