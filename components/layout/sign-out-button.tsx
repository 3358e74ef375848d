"use client";

import { LogOut } from "lucide-react";
import { useActionState } from "react";
import { signOutAction } from "@/app/(app)/actions";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignOutButton({ label }: { label: string }) {
  const [, action] = useActionState(signOutAction, null);
  return (
    <form action={action}>
      <SubmitButton variant="ghost" className="w-full justify-start gap-3 px-3">
        <LogOut aria-hidden className="size-5" />
        {label}
      </SubmitButton>
    </form>
  );
}
