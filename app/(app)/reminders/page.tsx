import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { connection } from "next/server";
import { Plus } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";
import { buttonVariants } from "@/components/ui/button";
import { listReminders } from "@/db/queries/reminder-list";
import { getTableSetup } from "@/db/queries/table-views";
import { openDefaultView } from "@/components/data-table/default-view";
import { listTags } from "@/db/queries/tags";
import { listMembers } from "@/db/queries/workspaces";
import { reminderCategories, reminderKinds } from "@/db/schema/reminders";
import { requireMember } from "@/lib/request-context";
import { activeReminderFilterCount, pageSizes, parseReminderListParams } from "@/lib/reminder-list-params";
import { reminderTitle } from "@/lib/reminder-title";
import { addDays, localDateOf, zonedTime } from "@/lib/zoned-time";
import type { ReminderRow } from "./_components/reminders-columns";
import { RemindersTable } from "./_components/reminders-table";
import { RemindersToolbar } from "./_components/reminders-toolbar";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("title") };
}

export default async function RemindersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const member = await requireMember();
  const { id: workspaceId, timeZone } = member.workspace;
  const raw = await searchParams;
  const params = parseReminderListParams(raw);
  const owner = { workspaceId, userId: member.user.id, tableKey: "reminders" };
  const now = new Date();
  const [{ rows, total, more }, members, tags, t, tr, format, { views, columnLayout }] = await Promise.all([
    listReminders(workspaceId, params, { timeZone, now }),
    listMembers(workspaceId),
    listTags(workspaceId),
    getTranslations("reminders"),
    getTranslations(),
    getFormatter(),
    getTableSetup(owner),
  ]);
  openDefaultView("/reminders", views, raw);
  const today = localDateOf(now, timeZone);
  const tomorrow = zonedTime(addDays(today, 1), 0, 0, timeZone);
  const startOfToday = zonedTime(today, 0, 0, timeZone);
  // Titles and dates are written here, in the reader's language and the workspace's time zone.
  const view: ReminderRow[] = rows.map((r) => {
    const due = new Date(r.dueAt);
    return {
      id: r.id,
      title: reminderTitle(tr, r),
      description: r.description,
      clientId: r.clientId,
      clientName: r.clientName,
      orderId: r.orderId,
      orderNumber: r.orderNumber,
      tagName: r.tagName,
      category: r.category,
      kind: r.kind,
      assigneeName: r.assigneeName,
      recurrence: r.recurrence,
      done: Boolean(r.doneAt),
      dueDisplay: r.allDay
        ? `${format.dateTime(due, { dateStyle: "medium", timeZone })}, ${t("allDay")}`
        : format.dateTime(due, { dateStyle: "medium", timeStyle: "short", timeZone }),
      overdue: r.allDay ? due < startOfToday : due < now,
      today: due >= startOfToday && due < tomorrow,
    };
  });
  const filterCount = activeReminderFilterCount(params.filters);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t(more ? "list.countAtLeast" : "list.count", { count: total })}
        actions={
          <Link href="/reminders/new" className={buttonVariants()}>
            <Plus aria-hidden className="size-4" />
            {t("new")}
          </Link>
        }
      />
      <RemindersToolbar
        params={params}
        filterCount={filterCount}
        options={{
          categories: [...reminderCategories],
          kinds: [...reminderKinds],
          members: members.map((m) => ({ id: m.id, name: m.name })),
          tags: tags.map((tag) => ({ id: tag.id, name: tag.name })),
          clientName: params.filters.client ? (rows[0]?.clientName ?? null) : null,
        }}
      />
      <RemindersTable rows={view} total={total} more={more} params={params} filtered={filterCount > 0} pageSizes={pageSizes} columnLayout={columnLayout} views={views} />
    </>
  );
}
