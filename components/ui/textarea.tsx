import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { controlClassName } from "@/components/ui/input";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return (
    <textarea
      data-slot="textarea"
      rows={rows}
      className={cn(controlClassName, "min-h-24 resize-y", className)}
      {...props}
    />
  );
}
