"use client";

import { Archive, ArchiveRestore, Eye, EyeOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { BulkDialog } from "@/components/data-table/bulk-dialog";
import type { Selection } from "@/components/data-table/data-table";
import { activateProductsAction, archiveProductsAction } from "../actions";

/** Activate, deactivate, archive or bring back the ticked products (or all matching). */
export function ProductBulkActions({ selection, archived }: { selection: Selection; archived: boolean }) {
  const t = useTranslations("products.bulk");
  const count = selection.count;
  const icon = "size-4";
  return (
    <>
      {archived ? null : (
        <>
          <BulkDialog selection={selection} action={activateProductsAction} label={t("activate")} icon={<Eye aria-hidden className={icon} />} fields={{ active: "1" }} question={t("confirmActivate", { count })} />
          <BulkDialog selection={selection} action={activateProductsAction} label={t("deactivate")} icon={<EyeOff aria-hidden className={icon} />} fields={{ active: "0" }} question={t("confirmDeactivate", { count })} />
        </>
      )}
      <BulkDialog
        selection={selection}
        action={archiveProductsAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className={icon} /> : <Archive aria-hidden className={icon} />}
        fields={{ archived: archived ? "0" : "1" }}
        question={archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count })}
      />
    </>
  );
}
