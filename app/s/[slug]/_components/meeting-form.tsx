"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { requestSiteMeetingAction } from "../actions";

type Labels = Record<"name" | "phone" | "email" | "contactHint" | "date" | "timeOfDay" | "note" | "honeypot" | "submit" | "thanksText" | "back", string>;

type Props = {
  slug: string;
  /** Today in the consultant's time zone ("2026-11-26"): the earliest date to pick. */
  today: string;
  labels: Labels;
  /** The time-of-day options; the first, "any time", has the empty value. */
  times: { value: string; label: string }[];
};

/** A guest's request for a beauty session on a preferred date; a thanks replaces it once sent. */
export function MeetingForm({ slug, today, labels, times }: Props) {
  const { state, formAction, formError, error, value, formKey } = useActionForm(requestSiteMeetingAction);
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
  return (
    <form key={formKey} action={formAction} noValidate data-testid="meeting" className="relative flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
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
      <Field label={labels.date} name="date" error={error("date")}>
        <Input type="date" defaultValue={value("date")} min={today} required />
      </Field>
      <Field label={labels.timeOfDay} name="timeOfDay" error={error("timeOfDay")}>
        <Select defaultValue={value("timeOfDay")}>
          {times.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
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
  );
}
