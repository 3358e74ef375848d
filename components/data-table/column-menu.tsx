"use client";

import { ArrowDown, ArrowUp, Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

export type ColumnChoice = { id: string; label: string; visible: boolean };

const phoneQuery = "(max-width: 639px)";
function usePhone() {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(phoneQuery);
      mq.addEventListener("change", onChange);
      return () => mq.removeEventListener("change", onChange);
    },
    () => window.matchMedia(phoneQuery).matches,
    () => false,
  );
}

/**
 * Show, hide and reorder columns. Reordering is by buttons, so it works by keyboard and by
 * touch alike; on a phone the menu is a bottom sheet.
 */
export function ColumnMenu({ columns, onChange, onReset }: { columns: ColumnChoice[]; onChange: (next: ColumnChoice[]) => void; onReset: () => void }) {
  const t = useTranslations("dataTable");
  const phone = usePhone();
  const move = (i: number, by: -1 | 1) => {
    const next = [...columns];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const visibleCount = columns.filter((c) => c.visible).length;
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button variant="outline">
          <Columns3 aria-hidden className="size-4" />
          {t("columns")}
        </Button>
      </SheetTrigger>
      <SheetContent side={phone ? "bottom" : "right"} closeLabel={t("done")} className="max-h-[85dvh] overflow-y-auto">
        <SheetTitle>{t("columnsTitle")}</SheetTitle>
        <SheetDescription className="sr-only">{t("columnsTitle")}</SheetDescription>
        <ul className="mt-3 flex flex-col divide-y">
          {columns.map((c, i) => (
            <li key={c.id} className="flex items-center gap-2 py-1">
              <label className="flex min-h-11 flex-1 items-center gap-3 text-sm">
                <input
                  type="checkbox"
                  className="size-5 accent-primary"
                  checked={c.visible}
                  // At least one column stays, or the table would have nothing to show.
                  disabled={c.visible && visibleCount === 1}
                  onChange={(e) => onChange(columns.map((x) => (x.id === c.id ? { ...x, visible: e.target.checked } : x)))}
                />
                {c.label}
              </label>
              <Button variant="ghost" size="icon" aria-label={t("moveUp", { name: c.label })} disabled={i === 0} onClick={() => move(i, -1)}>
                <ArrowUp aria-hidden className="size-4" />
              </Button>
              <Button variant="ghost" size="icon" aria-label={t("moveDown", { name: c.label })} disabled={i === columns.length - 1} onClick={() => move(i, 1)}>
                <ArrowDown aria-hidden className="size-4" />
              </Button>
            </li>
          ))}
        </ul>
        <div className="mt-4 flex gap-2">
          <Button variant="outline" onClick={onReset}>{t("resetColumns")}</Button>
          <SheetClose asChild>
            <Button>{t("done")}</Button>
          </SheetClose>
        </div>
      </SheetContent>
    </Sheet>
  );
}
