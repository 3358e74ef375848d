"use client";

import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// What the site's public forms (checkout, meeting request) share: who she is and how to reach
// her, the honeypot, and the thanks that replaces the form.

type Form = { error: (name: string) => string[] | undefined; value: (name: string) => string | undefined };

/** Name, phone and e-mail (one of the two is required; the hint says so). */
export function GuestFields({ form, labels }: { form: Form; labels: Record<"name" | "phone" | "email" | "contactHint", string> }) {
  return (
    <>
      <Field label={labels.name} name="name" error={form.error("name")}>
        <Input defaultValue={form.value("name")} required maxLength={200} autoComplete="name" />
      </Field>
      <Field label={labels.phone} name="phone" error={form.error("phone")} hint={labels.contactHint}>
        <Input type="tel" defaultValue={form.value("phone")} maxLength={40} autoComplete="tel" inputMode="tel" />
      </Field>
      <Field label={labels.email} name="email" error={form.error("email")}>
        <Input type="email" defaultValue={form.value("email")} maxLength={254} autoComplete="email" spellCheck={false} autoCapitalize="none" />
      </Field>
    </>
  );
}

/** The honeypot: off-screen and out of the tab order; people never fill it, bots do. */
export function Honeypot({ label }: { label: string }) {
  return (
    <div aria-hidden className="absolute -left-[9999px] size-px overflow-hidden">
      <label>
        {label}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}

/** The thanks after a form went through, with the way back to the site. */
export function Thanks({ slug, message, text, back }: { slug: string; message: string; text: string; back: string }) {
  return (
    <section role="status" className="flex flex-col items-start gap-3 rounded-lg border bg-card p-5">
      <CircleCheck aria-hidden className="size-8 text-success" />
      <h2 className="text-xl font-semibold">{message}</h2>
      <p className="text-muted-foreground">{text}</p>
      <Link href={`/s/${slug}`} className={buttonVariants({ variant: "outline" })}>
        {back}
      </Link>
    </section>
  );
}
