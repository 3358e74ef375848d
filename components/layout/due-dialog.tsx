"use client";

import { BellRing } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogTitle } from "@/components/ui/dialog";

type Item = { id: string; title: string; due: string; overdue: boolean; client: string | null };

/**
 * Today's and overdue reminders, shown once after signing in (and once a day) [003]. Both
 * buttons put it away for today: "Open" then goes to the list.
 */
export function DueDialog({ items, more, labels, today, cookie }: {
  items: Item[];
  /** How many more there are than listed. */
  more: number;
  labels: { title: string; intro: string; later: string; open: string; more: string; close: string };
  /** The workspace's local date, which the cookie records (lib/due-dialog.ts). */
  today: string;
  cookie: string;
}) {
  const [open, setOpen] = useState(true);
  // Written here, at once, so that a reload right after "Later" does not bring it back.
  const dismiss = () => {
    setOpen(false);
    document.cookie = `${cookie}=${today}; path=/; max-age=${2 * 86_400}; samesite=lax`;
  };
  return (
    <Dialog open={open} onOpenChange={(o) => (o ? setOpen(true) : dismiss())}>
      <DialogContent closeLabel={labels.close} className="max-h-[85dvh] overflow-y-auto" data-testid="due-dialog">
        <DialogTitle className="flex items-center gap-2">
          <BellRing aria-hidden className="size-5 text-primary" />
          {labels.title}
        </DialogTitle>
        <DialogDescription>{labels.intro}</DialogDescription>
        <ul className="flex flex-col divide-y">
          {items.map((r) => (
            <li key={r.id} className="py-2">
              <Link href={`/reminders/${r.id}/edit`} onClick={dismiss} className="block min-h-11 hover:text-primary">
                <span className="block font-medium break-words">{r.title}</span>
                <span className={r.overdue ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
                  {r.due}
                  {r.client ? ` · ${r.client}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        {more > 0 ? <p className="text-sm text-muted-foreground">{labels.more}</p> : null}
        <DialogFooter className="gap-2">
          <Button variant="outline" onClick={dismiss}>
            {labels.later}
          </Button>
          <Link href="/reminders" onClick={dismiss} className={buttonVariants()}>
            {labels.open}
          </Link>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
