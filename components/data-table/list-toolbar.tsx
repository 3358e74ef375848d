"use client";

import { Archive, Search, SlidersHorizontal, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { cn } from "@/lib/cn";
import { useUrlState } from "./use-url-state";

/**
 * The bar above every list: quick search, then the list's own controls (children), e.g.
 * ArchiveTabs and a FilterSheet. Labels come translated from the feature.
 */
export function ListToolbar({ q, search, children }: { q: string; search: { label: string; placeholder: string; submit: string }; children: ReactNode }) {
  const { navigate } = useUrlState();
  return (
    <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center">
      <form
        role="search"
        className="flex flex-1 gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          navigate({ q: value || undefined, page: undefined });
        }}
      >
        <label className="relative min-w-0 flex-1">
          <span className="sr-only">{search.label}</span>
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input key={q} name="q" type="search" defaultValue={q} placeholder={search.placeholder} className="pl-9" enterKeyHint="search" />
        </label>
        <Button type="submit" variant="secondary">
          {search.submit}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2">{children}</div>
    </div>
  );
}

/** Active / Archive as two links (the archive is a list state in the URL: `archived=1`). */
export function ArchiveTabs({ archived, label, active, archive, ActiveIcon, className }: { archived: boolean; label: string; active: string; archive: string; ActiveIcon: LucideIcon; className?: string }) {
  const { hrefWith } = useUrlState();
  const tab = (value: boolean, text: string, Icon: LucideIcon) => (
    <Link
      href={hrefWith({ archived: value ? "1" : undefined, page: undefined })}
      aria-current={archived === value ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium",
        archived === value ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
      )}
    >
      <Icon aria-hidden className="size-4" />
      {text}
    </Link>
  );
  return (
    <nav className={cn("flex rounded-lg bg-muted p-1", className)} aria-label={label}>
      {tab(false, active, ActiveIcon)}
      {tab(true, archive, Archive)}
    </nav>
  );
}

// A bottom sheet on a phone, a side panel from 640 px up (the table's own breakpoint).
const sheetClass =
  "overflow-y-auto sm:inset-x-auto sm:top-0 sm:right-0 sm:h-full sm:max-h-none sm:w-[85%] sm:max-w-sm sm:rounded-none sm:border-t-0 sm:border-l sm:motion-safe:data-[state=open]:animate-slide-in-right";

/** The filters button (highlighted while filters apply) and its sheet. */
export function FilterSheet({ button, highlighted, title, close, children }: { button: string; highlighted: boolean; title: string; close: string; children: (done: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant={highlighted ? "primary" : "outline"}>
          <SlidersHorizontal aria-hidden className="size-4" />
          {button}
        </Button>
      </SheetTrigger>
      <SheetContent side="bottom" closeLabel={close} className={sheetClass}>
        <SheetTitle>{title}</SheetTitle>
        <SheetDescription className="sr-only">{title}</SheetDescription>
        {children(() => setOpen(false))}
      </SheetContent>
    </Sheet>
  );
}
