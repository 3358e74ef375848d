import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { isResetTokenValid } from "@/lib/password-reset";
import { AuthCard } from "../_components/auth-card";
import { ResetPasswordForm } from "../_components/auth-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("auth.reset");
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : undefined;
  if (!(await isResetTokenValid(value))) {
    return (
      <AuthCard title={t("title")}>
        <p role="alert" className="mb-4 text-sm">{t("invalid")}</p>
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("requestNew")}
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")}>
      <ResetPasswordForm token={value!} />
    </AuthCard>
  );
}
