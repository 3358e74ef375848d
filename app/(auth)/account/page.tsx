import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { listCustomerSites } from "@/db/queries/customers";
import { auth } from "@/lib/auth";
import { currentMember } from "@/lib/request-context";
import { AuthCard } from "../_components/auth-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerAccount"))("title") };
}

/**
 * Where a customer's session lands when it reaches an app address: customers are a separate
 * role and never open the app (SPEC §4.4), so this page lists her consultants' sites instead.
 */
export default async function CustomerAccountPage() {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/sign-in");
  if (await currentMember()) redirect("/dashboard");
  const [t, format, sites] = await Promise.all([getTranslations("customerAccount"), getFormatter(), listCustomerSites(userId)]);
  return (
    <AuthCard title={t("title")} subtitle={t("text", { email: session.user?.email ?? "" })} footer={<SignOutButton label={t("signOut")} />}>
      <h2 className="mb-2 text-sm font-medium">{t("sites")}</h2>
      {sites.length ? (
        <ul className="flex flex-col gap-2">
          {sites.map((s) => (
            <li key={s.slug}>
              <Link href={`/s/${s.slug}/profile`} className="flex min-h-11 items-center justify-between gap-3 rounded-md border px-3 py-2 hover:bg-muted">
                <span className="min-w-0">
                  <span className="block truncate font-medium">{s.name}</span>
                  {s.registeredAt ? <span className="block text-xs text-muted-foreground">{t("since", { date: format.dateTime(s.registeredAt, { dateStyle: "medium" }) })}</span> : null}
                </span>
                <ExternalLink aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      )}
    </AuthCard>
  );
}
