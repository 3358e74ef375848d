"use client";

import { Children, cloneElement, isValidElement, useId, type ReactElement } from "react";
import { cn } from "@/lib/cn";
import { Label } from "@/components/ui/label";

type ControlProps = {
  id?: string;
  name?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
  "aria-describedby"?: string;
};

export type FieldProps = {
  label: string;
  name: string;
  /** Already-translated message(s), e.g. from a zod `fieldErrors[name]`. */
  error?: string | string[];
  hint?: string;
  /** The single control element: Input, Textarea, Select, Checkbox, Switch… */
  children: ReactElement<ControlProps>;
  /** "horizontal" puts the control before the label (checkboxes, switches). */
  orientation?: "vertical" | "horizontal";
  className?: string;
};

export function Field({ label, name, error, hint, children, orientation = "vertical", className }: FieldProps) {
  const generatedId = useId();
  const child = Children.only(children);
  const childProps: ControlProps = isValidElement<ControlProps>(child) ? child.props : {};
  const controlId = childProps.id ?? `${generatedId}-control`;
  const hintId = `${generatedId}-hint`;
  const errorId = `${generatedId}-error`;
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const invalid = errors.length > 0;

  const describedBy =
    [childProps["aria-describedby"], hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") ||
    undefined;

  const control = cloneElement(child, {
    id: controlId,
    name: childProps.name ?? name,
    "aria-invalid": invalid ? true : childProps["aria-invalid"],
    "aria-describedby": describedBy,
  });

  const labelEl = (
    <Label htmlFor={controlId} className={cn(invalid && "text-destructive")}>
      {label}
    </Label>
  );

  return (
    <div data-slot="field" data-invalid={invalid || undefined} className={cn("flex flex-col gap-2", className)}>
      {orientation === "horizontal" ? (
        <div className="flex min-h-11 items-center gap-3">
          {control}
          {labelEl}
        </div>
      ) : (
        <>
          {labelEl}
          {control}
        </>
      )}
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <div id={errorId} aria-live="polite" className="empty:hidden">
        {errors.map((message, index) => (
          <p key={`${index}-${message}`} className="text-sm font-medium text-destructive">
            {message}
          </p>
        ))}
      </div>
    </div>
  );
}
