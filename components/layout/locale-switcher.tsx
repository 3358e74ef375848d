"use client";

import { Languages } from "lucide-react";
import { useActionState } from "react";
import { setLocaleAction } from "@/app/actions";
import { cn } from "@/lib/cn";
import type { Locale } from "@/lib/locales";

type Props = {
  current: Locale;
  /** Each language's own name, keyed by locale, in display order. */
  options: { value: Locale; label: string }[];
  label: string;
  applyLabel: string;
  className?: string;
};

/** A small form: choosing a language posts it to the server, which sets the cookie. */
export function LocaleSwitcher({ current, options, label, applyLabel, className }: Props) {
  const [, action, pending] = useActionState(setLocaleAction, null);
  return (
    <form action={action} className={cn("flex items-center gap-2", className)}>
      <Languages aria-hidden className="size-4 shrink-0 text-muted-foreground" />
      <select
        name="locale"
        aria-label={label}
        defaultValue={current}
        key={current}
        disabled={pending}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="h-11 min-w-0 rounded-md border border-border bg-card px-2 text-sm focus-visible:outline-2 focus-visible:outline-ring"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="h-11 rounded-md border border-border px-3 text-sm">
          {applyLabel}
        </button>
      </noscript>
    </form>
  );
}
