import { getTranslations } from "next-intl/server";
import { CalendarHeart } from "lucide-react";
import { sectionMetadata } from "@/components/layout/coming-soon-page";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/lib/request-context";
import { DueReminders } from "./due-reminders";

export const generateMetadata = sectionMetadata("dashboard");

export default async function DashboardPage() {
  const [t, tc, member] = await Promise.all([getTranslations("pages.dashboard"), getTranslations("common"), requireMember()]);
  return (
    <>
      <PageHeader title={t("greeting", { name: member.user.name })} />
      <EmptyState icon={<CalendarHeart className="size-8" />} title={tc("nothingYet")} description={t("empty")} />
      <DueReminders member={member} />
    </>
  );
}
