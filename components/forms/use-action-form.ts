"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/action";

/**
 * A form bound to a server action: its state, field errors, the values to show again after
 * a failure, and a `formKey` for the <form>. React resets a form after its action and puts
 * selects back to the value they were first rendered with; keying the form by the result
 * (and by the data it shows) re-creates it, so it always shows what was saved or typed.
 */
export function useActionForm<T>(
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  options: { shows?: unknown; onSuccess?: (data: T) => void } = {},
) {
  const { shows, onSuccess } = options;
  // Success side effects (close a dialog, show a toast) run in the action, not in an effect.
  const [state, formAction, pending] = useActionState(async (prev: ActionState<T>, formData: FormData) => {
    const result = await action(prev, formData);
    if (result?.ok) onSuccess?.(result.data);
    return result;
  }, null);
  const failed = state && !state.ok ? state : null;
  return {
    state,
    formAction,
    pending,
    formError: failed?.formError,
    error: (name: string) => failed?.fieldErrors[name],
    /** What was typed before a failed submit; for a repeated field, its `index`-th value. */
    value: (name: string, index?: number) => {
      const v = failed?.values?.[name];
      return Array.isArray(v) ? v[index ?? 0] : index ? undefined : v;
    },
    formKey: JSON.stringify([state, shows]),
  };
}
