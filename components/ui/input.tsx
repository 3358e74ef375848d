import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** Shared look for text-like controls (input, textarea, select). */
export const controlClassName =
  "w-full rounded-md border bg-card px-3 py-2 text-base text-foreground shadow-xs transition-colors placeholder:text-muted-foreground outline-hidden focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/40 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive/30";

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        controlClassName,
        "min-h-11 file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium",
        className,
      )}
      {...props}
    />
  );
}
