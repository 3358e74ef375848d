"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { placeSiteOrderAction } from "../actions";

type Labels = Record<"title" | "intro" | "name" | "phone" | "email" | "contactHint" | "note" | "honeypot" | "submit" | "thanksText" | "back", string>;

type Props = {
  slug: string;
  /** The cart's lines and total, rendered by the server; null when the cart is empty. */
  summary: ReactNode | null;
  /** What an empty cart shows. */
  empty: ReactNode;
  labels: Labels;
};

/**
 * The cart's checkout. It stays mounted while the page renders again after the order (the
 * cart is then empty), so the thanks with the order number can show.
 */
export function CheckoutForm({ slug, summary, empty, labels }: Props) {
  const { state, formAction, formError, error, value, formKey } = useActionForm(placeSiteOrderAction);
  if (state?.ok) {
    return (
      <section role="status" className="flex flex-col items-start gap-3 rounded-lg border bg-card p-5">
        <CircleCheck aria-hidden className="size-8 text-success" />
        <h2 className="text-xl font-semibold">{state.data.message}</h2>
        <p className="text-muted-foreground">{labels.thanksText}</p>
        <Link href={`/s/${slug}`} className={buttonVariants({ variant: "outline" })}>
          {labels.back}
        </Link>
      </section>
    );
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
          <Field label={labels.name} name="name" error={error("name")}>
            <Input defaultValue={value("name")} required maxLength={200} autoComplete="name" />
          </Field>
          <Field label={labels.phone} name="phone" error={error("phone")} hint={labels.contactHint}>
            <Input type="tel" defaultValue={value("phone")} maxLength={40} autoComplete="tel" inputMode="tel" />
          </Field>
          <Field label={labels.email} name="email" error={error("email")}>
            <Input type="email" defaultValue={value("email")} maxLength={254} autoComplete="email" spellCheck={false} autoCapitalize="none" />
          </Field>
          <Field label={labels.note} name="note" error={error("note")}>
            <Textarea defaultValue={value("note")} maxLength={2000} rows={3} />
          </Field>
          {/* The honeypot: off-screen and out of the tab order; people never fill it, bots do. */}
          <div aria-hidden className="absolute -left-[9999px] size-px overflow-hidden">
            <label>
              {labels.honeypot}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
