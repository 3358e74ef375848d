import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { findOptOutTarget } from "@/db/queries/email-opt-out";
import { maskEmail, verifyUnsubscribeToken } from "@/lib/unsubscribe";
import { UnsubscribeForm } from "./unsubscribe-form";

// Outside the app's session gate: the link in a client's mail works without signing in.
// Opening the page changes nothing (mail scanners open links); the button does.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = decodeURIComponent((await params).token);
  const target = verifyUnsubscribeToken(token);
  const found = target && (await findOptOutTarget(target.workspaceId, target.clientId));
  if (!found) notFound();
  const t = await getTranslations("unsubscribe");
  const vars = { email: found.email ? maskEmail(found.email) : "—", consultant: found.consultant };
  return (
    <main className="flex min-h-dvh items-start justify-center bg-muted/40 px-4 pt-12 pb-12 sm:items-center sm:pt-0">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle as="h1">{t("title")}</CardTitle>
          <CardDescription>{found.optedOutAt ? t("already", vars) : t("question", vars)}</CardDescription>
        </CardHeader>
        {found.optedOutAt ? null : (
          <CardContent>
            <UnsubscribeForm token={token} labels={{ button: t("button"), done: t("done") }} />
          </CardContent>
        )}
      </Card>
    </main>
  );
}
