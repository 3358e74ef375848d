"use client";

import type { ReactNode } from "react";

/**
 * A small form for a destructive one-click action (delete a note, a tag, a view): asks the
 * browser's confirm() first, then posts its hidden fields to the action.
 */
export function ConfirmForm({ action, confirm, fields, className, children }: {
  action: (formData: FormData) => void;
  /** The translated question, e.g. "Delete the tag «VIP»?" */
  confirm: string;
  fields: Record<string, string>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      action={action}
      className={className}
      onSubmit={(e) => {
        if (!window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </form>
  );
}
