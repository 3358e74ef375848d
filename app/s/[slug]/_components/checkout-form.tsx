"use client";

import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Textarea } from "@/components/ui/textarea";
import { placeSiteOrderAction } from "../actions";
import { GuestFields, Honeypot, Thanks } from "./guest-fields";

type Labels = Record<"title" | "intro" | "name" | "phone" | "email" | "contactHint" | "note" | "honeypot" | "submit" | "thanksText" | "back", string>;

type Props = {
  slug: string;
  /** The cart's lines and total, rendered by the server; null when the cart is empty. */
  summary: ReactNode | null;
  /** What an empty cart shows. */
  empty: ReactNode;
  labels: Labels;
  /** A signed-in customer's name, phone and e-mail from her card, to start the form with. */
  prefill?: Partial<Record<"name" | "phone" | "email", string>>;
};

/**
 * The cart's checkout. It stays mounted while the page renders again after the order (the
 * cart is then empty), so the thanks with the order number can show.
 */
export function CheckoutForm({ slug, summary, empty, labels, prefill }: Props) {
  const { state, formAction, formError, error, value, formKey } = useActionForm(placeSiteOrderAction);
  const filled = (name: string) => value(name) ?? (state ? undefined : prefill?.[name as keyof typeof prefill]);
  if (state?.ok) {
    return <Thanks slug={slug} message={state.data.message} text={labels.thanksText} back={labels.back} />;
  }
  if (summary === null) return empty;
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_minmax(0,24rem)] md:items-start">
      {summary}
      <section aria-labelledby="checkout-title" className="flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
        <h2 id="checkout-title" className="text-lg font-semibold">
          {labels.title}
        </h2>
        <p className="text-sm text-muted-foreground">{labels.intro}</p>
        <form key={formKey} action={formAction} noValidate data-testid="checkout" className="relative flex flex-col gap-4">
          <input type="hidden" name="slug" value={slug} />
          <FormError message={formError} />
          <GuestFields form={{ error, value: filled }} labels={labels} />
          <Field label={labels.note} name="note" error={error("note")}>
            <Textarea defaultValue={value("note")} maxLength={2000} rows={3} />
          </Field>
          <Honeypot label={labels.honeypot} />
          <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
