"use client";

import { CircleCheck, Heart, LogOut } from "lucide-react";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { joinSiteAction, registerAction, siteSignInAction, siteSignOutAction, toggleWishAction, updateProfileAction } from "../actions";
import { Honeypot } from "./guest-fields";

// A customer's account on the personal site: register, sign in, join another consultant's
// book with the same account, "My profile", and the wishlist heart.

const card = "relative flex flex-col gap-4 rounded-lg border bg-card p-4 sm:p-5";

type RegisterLabels = Record<"name" | "email" | "password" | "passwordHint" | "phone" | "phoneHint" | "honeypot" | "submit" | "mailedText", string>;

/** Name, e-mail and password (the contract's inputs), a phone if she likes; signing in follows. */
export function RegisterForm({ slug, labels }: { slug: string; labels: RegisterLabels }) {
  const { state, formAction, formError, error, value, formKey } = useActionForm(registerAction);
  if (state?.ok) {
    return (
      <section role="status" className="flex flex-col items-start gap-3 rounded-lg border bg-card p-5">
        <CircleCheck aria-hidden className="size-8 text-success" />
        <h2 className="text-xl font-semibold break-words">{state.data.message}</h2>
        <p className="text-muted-foreground">{labels.mailedText}</p>
      </section>
    );
  }
  return (
    <form key={formKey} action={formAction} noValidate data-testid="register" className={card}>
      <input type="hidden" name="slug" value={slug} />
      <FormError message={formError} />
      <Field label={labels.name} name="name" error={error("name")}>
        <Input defaultValue={value("name")} required maxLength={200} autoComplete="name" />
      </Field>
      <Field label={labels.email} name="email" error={error("email")}>
        <Input type="email" defaultValue={value("email")} required maxLength={254} autoComplete="email" spellCheck={false} autoCapitalize="none" />
      </Field>
      <Field label={labels.password} name="password" error={error("password")} hint={labels.passwordHint}>
        <Input type="password" required minLength={8} maxLength={200} autoComplete="new-password" />
      </Field>
      <Field label={labels.phone} name="phone" error={error("phone")} hint={labels.phoneHint}>
        <Input type="tel" defaultValue={value("phone")} maxLength={40} autoComplete="tel" inputMode="tel" />
      </Field>
      <Honeypot label={labels.honeypot} />
      <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
    </form>
  );
}

export function SiteSignInForm({ slug, labels }: { slug: string; labels: Record<"email" | "password" | "submit" | "honeypot", string> }) {
  const { formAction, formError, error, value, formKey } = useActionForm(siteSignInAction);
  return (
    <form key={formKey} action={formAction} noValidate data-testid="site-sign-in" className={card}>
      <input type="hidden" name="slug" value={slug} />
      <FormError message={formError} />
      <Field label={labels.email} name="email" error={error("email")}>
        <Input type="email" defaultValue={value("email")} required maxLength={254} autoComplete="email" spellCheck={false} autoCapitalize="none" />
      </Field>
      <Field label={labels.password} name="password" error={error("password")}>
        <Input type="password" required maxLength={200} autoComplete="current-password" />
      </Field>
      <Honeypot label={labels.honeypot} />
      <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
    </form>
  );
}

/** Signed in with an account from another consultant's site: one tap makes her a client here too. */
export function JoinForm({ slug, label }: { slug: string; label: string }) {
  const { formAction, formError } = useActionForm(joinSiteAction);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="slug" value={slug} />
      <FormError message={formError} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export type ProfileValues = {
  firstName: string;
  lastName: string;
  phones: string[];
  line1: string;
  city: string;
  postalCode: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
  emails: boolean;
};

type ProfileLabels = Record<
  | "firstName" | "lastName" | "phones" | "phone" | "phoneHint" | "address" | "line1" | "city" | "postalCode"
  | "birthday" | "day" | "month" | "year" | "noMonth" | "emails" | "emailsHint" | "submit",
  string
>;

/** "My profile": what she may change of her card; saving shows a note and keeps the form. */
export function ProfileForm({ slug, values, labels, months }: { slug: string; values: ProfileValues; labels: ProfileLabels; months: string[] }) {
  const { state, formAction, formError, error, value, formKey } = useActionForm(updateProfileAction, { shows: values });
  const typed = (name: keyof ProfileValues, fallback: string) => value(name) ?? fallback;
  const phones = [0, 1, 2].map((i) => value("phones", i) ?? (state && !state.ok ? "" : (values.phones[i] ?? "")));
  return (
    <form key={formKey} action={formAction} noValidate data-testid="profile" className={card}>
      <input type="hidden" name="slug" value={slug} />
      <FormError message={formError} />
      {state?.ok ? (
        <p role="status" className="flex items-center gap-2 rounded-md bg-success/10 p-3 text-sm">
          <CircleCheck aria-hidden className="size-4 text-success" />
          {state.data.message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={labels.firstName} name="firstName" error={error("firstName")}>
          <Input defaultValue={typed("firstName", values.firstName)} required maxLength={100} autoComplete="given-name" />
        </Field>
        <Field label={labels.lastName} name="lastName" error={error("lastName")}>
          <Input defaultValue={typed("lastName", values.lastName)} maxLength={100} autoComplete="family-name" />
        </Field>
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">{labels.phones}</legend>
        {phones.map((phone, i) => (
          <Field key={i} label={`${labels.phone} ${i + 1}`} name={`phones.${i}`} error={error(`phones.${i}`)} hint={i === 0 ? labels.phoneHint : undefined}>
            <Input type="tel" defaultValue={phone} maxLength={40} autoComplete={i === 0 ? "tel" : "off"} inputMode="tel" />
          </Field>
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">{labels.address}</legend>
        <Field label={labels.line1} name="line1" error={error("line1")}>
          <Input defaultValue={typed("line1", values.line1)} maxLength={200} autoComplete="street-address" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <Field label={labels.city} name="city" error={error("city")}>
            <Input defaultValue={typed("city", values.city)} maxLength={100} autoComplete="address-level2" />
          </Field>
          <Field label={labels.postalCode} name="postalCode" error={error("postalCode")}>
            <Input defaultValue={typed("postalCode", values.postalCode)} maxLength={20} autoComplete="postal-code" />
          </Field>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">{labels.birthday}</legend>
        <div className="grid grid-cols-[5rem_1fr_6rem] items-end gap-3">
          <Field label={labels.day} name="birthDay" error={error("birthDay")}>
            <Input type="number" inputMode="numeric" min={1} max={31} defaultValue={typed("birthDay", values.birthDay)} autoComplete="bday-day" />
          </Field>
          <Field label={labels.month} name="birthMonth">
            <Select defaultValue={typed("birthMonth", values.birthMonth)} autoComplete="bday-month">
              <option value="">{labels.noMonth}</option>
              {months.map((m, i) => (
                <option key={m} value={String(i + 1)}>
                  {m}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={labels.year} name="birthYear" error={error("birthYear")}>
            <Input type="number" inputMode="numeric" min={1900} defaultValue={typed("birthYear", values.birthYear)} autoComplete="bday-year" />
          </Field>
        </div>
      </fieldset>
      <Field label={labels.emails} name="emails" hint={labels.emailsHint} orientation="horizontal">
        <Checkbox defaultChecked={state && !state.ok ? value("emails") === "on" : values.emails} />
      </Field>
      <SubmitButton className="self-stretch sm:self-start">{labels.submit}</SubmitButton>
    </form>
  );
}

/**
 * The heart on a product: on or off her wishlist. For a visitor who is not signed in as a
 * customer here the page renders a link to sign in instead.
 */
export function WishButton({ slug, productId, on, label }: { slug: string; productId: string; on: boolean; label: string }) {
  const [state, action] = useActionState(toggleWishAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="on" value={String(!on)} />
      <SubmitButton variant="ghost" size="icon" pendingText={null} aria-pressed={on} aria-label={label} data-testid="wish" title={state && !state.ok ? state.formError : label}>
        <Heart aria-hidden className={cn("size-5", on ? "fill-primary text-primary" : "text-muted-foreground")} />
      </SubmitButton>
    </form>
  );
}

export function SiteSignOutButton({ slug, label }: { slug: string; label: string }) {
  const [, action] = useActionState(siteSignOutAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton variant="outline">
        <LogOut aria-hidden />
        {label}
      </SubmitButton>
    </form>
  );
}
