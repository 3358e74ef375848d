"use client";

import { Archive, ArchiveRestore, PackageCheck, Truck } from "lucide-react";
import { useTranslations } from "next-intl";
import { BulkDialog } from "@/components/data-table/bulk-dialog";
import type { Selection } from "@/components/data-table/data-table";
import { archiveOrdersAction, setOrdersStatusAction } from "../list-actions";


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
            fields={{ status: "processed" }}
            question={t("confirmProcessed", { count })}
          />
          <BulkDialog
            selection={selection}
            action={setOrdersStatusAction}
            label={t("delivered")}
            icon={<Truck aria-hidden className={icon} />}
            fields={{ status: "delivered" }}
            question={t("confirmDelivered", { count })}
          />
        </>
      )}
      <BulkDialog
        selection={selection}
        action={archiveOrdersAction}
        label={archived ? t("unarchive") : t("archive")}
        icon={archived ? <ArchiveRestore aria-hidden className={icon} /> : <Archive aria-hidden className={icon} />}
        fields={{ archived: archived ? "0" : "1" }}
        question={archived ? t("confirmUnarchive", { count }) : t("confirmArchive", { count })}
      />
    </>
  );
}
