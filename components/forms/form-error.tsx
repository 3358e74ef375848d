import { CircleAlert } from "lucide-react";
import { cn } from "@/lib/cn";

export type FormErrorProps = {
  /** Already-translated form-level error; nothing is rendered when empty. */
  message?: string;
  className?: string;
};

export function FormError({ message, className }: FormErrorProps) {
  if (!message) return null;
  return (
    <div
      role="alert"
      data-slot="form-error"
      className={cn(
        "flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/10 p-3 text-sm text-destructive",
        className,
      )}
    >
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <p>{message}</p>
    </div>
  );
}
