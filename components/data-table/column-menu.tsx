"use client";

import { ArrowDown, ArrowUp, Columns3, GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
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
 * Show, hide and reorder columns. Rows can be dragged with a mouse, and the up/down buttons
 * do the same by keyboard and by touch; on a phone the menu is a bottom sheet.
 */
export function ColumnMenu({ columns, onChange, onReset }: { columns: ColumnChoice[]; onChange: (next: ColumnChoice[]) => void; onReset: () => void }) {
  const t = useTranslations("dataTable");
  const phone = usePhone();
  const move = (i: number, by: -1 | 1) => {
    const next = [...columns];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  // While dragging, the new order is only shown; it is saved once, when the drag ends.
  const [drag, setDrag] = useState<{ at: number; order: ColumnChoice[] } | null>(null);
  const shown = drag?.order ?? columns;
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
          {shown.map((c, i) => (
            <li
              key={c.id}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                setDrag({ at: i, order: columns });
              }}
              onDragOver={(e) => {
                if (!drag) return;
                e.preventDefault();
                if (drag.at === i) return;
                const order = [...drag.order];
                order.splice(i, 0, ...order.splice(drag.at, 1));
                setDrag({ at: i, order });
              }}
              onDragEnd={() => {
                if (drag && drag.order !== columns) onChange(drag.order);
                setDrag(null);
              }}
              data-dragging={drag?.at === i || undefined}
              className="flex items-center gap-2 py-1 data-dragging:opacity-50"
            >
              <GripVertical aria-hidden className="size-4 shrink-0 cursor-grab text-muted-foreground" />
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
