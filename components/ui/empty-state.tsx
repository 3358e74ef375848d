import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type EmptyStateProps = {
  /** Decorative icon; it is hidden from assistive technology. */
  icon?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** e.g. a <Button> to create the first item. */
  action?: ReactNode;
  /** Heading level of the title. */
  titleAs?: "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon, title, description, action, titleAs: Title = "h2", className }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-10 text-center",
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-muted text-primary [&_svg]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <Title className="text-base font-semibold">{title}</Title>
      {description ? <p className="max-w-sm text-sm text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
