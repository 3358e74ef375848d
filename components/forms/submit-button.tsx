"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Loader2 } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

export type SubmitButtonProps = ButtonProps & {
  /** Optional translated text shown instead of `children` while the form is submitting. */
  pendingText?: ReactNode;
};

/** Must be rendered inside a <form>; disabled with a spinner while the form action is pending. */
export function SubmitButton({ children, disabled, pendingText, ...props }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <Button {...props} type="submit" disabled={pending || disabled} aria-busy={pending || undefined}>
      {pending ? <Loader2 aria-hidden="true" className="animate-spin motion-reduce:animate-none" /> : null}
      {pending && pendingText !== undefined ? pendingText : children}
    </Button>
  );
}
