"use client";

import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { cn } from "@/lib/cn";

// A small toaster of our own: short confirmations ("Saved", "3 clients archived") in a
// polite live region. A library for this cost more JavaScript than the /clients budget allows.

type Toast = { id: number; kind: "success" | "error"; message: string };
type Listener = (toast: Toast) => void;

const listeners = new Set<Listener>();
let nextId = 1;

function emit(kind: Toast["kind"], message: string) {
  const item = { id: nextId++, kind, message };
  for (const listener of listeners) listener(item);
}

export const toast = {
  success: (message: string) => emit("success", message),
  error: (message: string) => emit("error", message),
};

const LIFETIME_MS = 5000;

export type ToasterProps = {
  /** Accessible name of the notifications region, already translated. */
  label: string;
  /** Accessible name of each toast's close button, already translated. */
  closeLabel: string;
};

export function Toaster({ label, closeLabel }: ToasterProps) {
  const [items, setItems] = useState<Toast[]>([]);
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const listener: Listener = (item) => {
      setItems((list) => [...list.slice(-2), item]);
      timers.add(setTimeout(() => setItems((list) => list.filter((t) => t.id !== item.id)), LIFETIME_MS));
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      timers.forEach(clearTimeout);
    };
  }, []);
  return (
    <section aria-label={label} aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-20 z-[60] flex flex-col items-center gap-2 px-4 md:bottom-6">
      {items.map((item) => (
        <div
          key={item.id}
          role={item.kind === "error" ? "alert" : "status"}
          className={cn(
            "pointer-events-auto flex w-full max-w-sm items-center gap-3 rounded-lg border bg-card px-4 py-3 text-sm shadow-lg motion-safe:animate-fade-in",
            item.kind === "error" && "border-destructive/40 text-destructive",
          )}
        >
          <p className="flex-1">{item.message}</p>
          <button
            type="button"
            aria-label={closeLabel}
            onClick={() => setItems((list) => list.filter((t) => t.id !== item.id))}
            className="-mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted"
          >
            <X aria-hidden className="size-4" />
          </button>
        </div>
      ))}
    </section>
  );
}
