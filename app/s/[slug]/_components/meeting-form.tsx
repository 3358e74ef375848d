"use client";

import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { requestSiteMeetingAction } from "../actions";
import { GuestFields, Honeypot, Thanks } from "./guest-fields";

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
    return <Thanks slug={slug} message={state.data.message} text={labels.thanksText} back={labels.back} />;
  }
  return (
    <form key={formKey} action={formAction} noValidate data-testid="meeting" className="relative flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5">
      <input type="hidden" name="slug" value={slug} />
      <FormError message={formError} />
      <GuestFields form={{ error, value }} labels={labels} />
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
      <Honeypot label={labels.honeypot} />
      <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
    </form>
  );
}
