"use client";

import { X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useUrlState } from "./use-url-state";

/** A titled group of one filter's controls. */
export function FilterGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-2 border-b pb-4">
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** A checkbox with a 44 px row, for filters that take several values. */
export function FilterCheck({ name, value, checked, children }: { name: string; value: string; checked: boolean; children: ReactNode }) {
  return (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="size-5 accent-primary" />
      {children}
    </label>
  );
}

/**
 * The form inside a list's filter sheet: "Apply" hands the fields to `apply` (which writes
 * them into the URL), "Reset" removes `keys` (and the page) from the URL; both close the sheet.
 */
export function FilterForm({ keys, labels, apply, onDone, children }: {
  keys: string[];
  labels: { apply: string; reset: string };
  apply: (data: FormData) => void;
  onDone: () => void;
  children: ReactNode;
}) {
  const { navigate } = useUrlState();
  return (
    <form
      className="flex flex-col gap-4 pt-4"
      onSubmit={(e) => {
        e.preventDefault();
        apply(new FormData(e.currentTarget));
        onDone();
      }}
    >
      {children}
      <div className="sticky bottom-0 flex gap-2 bg-card py-2">
        <Button type="submit" className="flex-1">
          {labels.apply}
        </Button>
        <Button
          type="button"
          variant="outline"
          onClick={() => {
            navigate(Object.fromEntries([...keys, "page"].map((k) => [k, undefined])));
            onDone();
          }}
        >
          {labels.reset}
        </Button>
      </div>
    </form>
  );
}

/** From and to dates (inclusive), posted as `from` and `to`. */
export function FilterDates({ labels, from, to }: { labels: { from: string; to: string }; from?: string; to?: string }) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className="flex flex-col gap-1 text-sm">
        {labels.from}
        <Input type="date" name="from" defaultValue={from} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        {labels.to}
        <Input type="date" name="to" defaultValue={to} />
      </label>
    </div>
  );
}

/** A filter the list was opened with (one client's rows), shown by name with a button that drops it. */
export function FilterChosen({ legend, name, removeLabel, onRemove }: { legend: string; name: string; removeLabel: string; onRemove: () => void }) {
  return (
    <FilterGroup legend={legend}>
      <div className="flex items-center justify-between gap-2 text-sm">
        <span className="min-w-0 truncate">{name}</span>
        <Button type="button" variant="ghost" size="icon" aria-label={removeLabel} onClick={onRemove}>
          <X aria-hidden className="size-4" />
        </Button>
      </div>
    </FilterGroup>
  );
}
