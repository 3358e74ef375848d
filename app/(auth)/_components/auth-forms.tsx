"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { useActionForm } from "@/components/forms/use-action-form";
import { forgotPasswordAction, resetPasswordAction, signInAction, signUpAction } from "../actions";

export function SignInForm() {
  const t = useTranslations("auth");
  const { formAction, formError, error, value, formKey } = useActionForm(signInAction);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <Field label={t("email")} name="email" error={error("email")}>
        <Input type="email" autoComplete="email" inputMode="email" required defaultValue={value("email")} />
      </Field>
      <Field label={t("password")} name="password" error={error("password")}>
        <Input type="password" autoComplete="current-password" required />
      </Field>
      <Link href="/forgot-password" className="-mt-2 self-end py-2 text-sm text-primary underline-offset-4 hover:underline">
        {t("signIn.forgot")}
      </Link>
      <SubmitButton>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}

export function SignUpForm() {
  const t = useTranslations("auth");
  const { formAction, formError, error, value, formKey } = useActionForm(signUpAction);
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <Field label={t("signUp.name")} name="name" error={error("name")}>
        <Input autoComplete="name" required defaultValue={value("name")} />
      </Field>
      <Field label={t("email")} name="email" error={error("email")}>
        <Input type="email" autoComplete="email" inputMode="email" required defaultValue={value("email")} />
      </Field>
      <Field label={t("password")} name="password" error={error("password")} hint={t("signUp.passwordHint")}>
        <Input type="password" autoComplete="new-password" required minLength={8} />
      </Field>
      <SubmitButton>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const { state, formAction, formError, error, value, formKey } = useActionForm(forgotPasswordAction);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-success/10 p-3 text-sm">
        {t("forgot.sent")}
      </p>
    );
  }
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <Field label={t("email")} name="email" error={error("email")}>
        <Input type="email" autoComplete="email" inputMode="email" required defaultValue={value("email")} />
      </Field>
      <SubmitButton>{t("forgot.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const { state, formAction, formError, error, formKey } = useActionForm(resetPasswordAction);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="rounded-md bg-success/10 p-3 text-sm">
          {t("reset.done")}
        </p>
        <Link href="/sign-in" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          {t("reset.signIn")}
        </Link>
      </div>
    );
  }
  return (
    <form key={formKey} action={formAction} className="flex flex-col gap-4" noValidate>
      <FormError message={formError} />
      <input type="hidden" name="token" value={token} />
      <Field label={t("reset.password")} name="password" error={error("password")} hint={t("signUp.passwordHint")}>
        <Input type="password" autoComplete="new-password" required minLength={8} />
      </Field>
      <Field label={t("reset.confirm")} name="confirm" error={error("confirm")}>
        <Input type="password" autoComplete="new-password" required />
      </Field>
      <SubmitButton>{t("reset.submit")}</SubmitButton>
    </form>
  );
}
