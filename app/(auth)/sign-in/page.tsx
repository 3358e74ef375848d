import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { sessionUserId } from "@/lib/request-context";
import { AuthCard } from "../_components/auth-card";
import { SignInForm } from "../_components/auth-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage() {
  if (await sessionUserId()) redirect("/dashboard");
  const t = await getTranslations("auth.signIn");
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <p>
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("signUp")}
          </Link>
        </p>
      }
    >
      <SignInForm />
    </AuthCard>
  );
}
