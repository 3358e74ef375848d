import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getOrder } from "@/db/queries/orders";
import { getReminder } from "@/db/queries/reminders";
import { requireMember } from "@/lib/request-context";
import { reminderTitle } from "@/lib/reminder-title";
import { dateToZonedInput, isoDate, localDateOf } from "@/lib/zoned-time";
import { ReminderForm } from "../../_components/reminder-form";
import { DeleteReminderButton } from "../../_components/reminder-row-actions";
import { backPath, pickedClientById, reminderFormOptions } from "../../form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders.form"))("editTitle") };
}

export default async function EditReminderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember();
  const { id: workspaceId, timeZone } = member.workspace;
  const id = z.uuid().safeParse((await params).id);
  const reminder = id.success ? await getReminder(workspaceId, id.data) : null;
  if (!reminder) notFound();
  const [t, tr, format, options, client, order] = await Promise.all([
    getTranslations("reminders"),
    getTranslations(),
    getFormatter(),
    reminderFormOptions(workspaceId),
    pickedClientById(workspaceId, reminder.clientId),
    reminder.orderId ? getOrder(workspaceId, reminder.orderId).then((o) => o?.order ?? null) : null,
  ]);
  const back = backPath((await searchParams).back, "/reminders");
  const title = reminderTitle(tr, { ...reminder, orderNumber: order?.number ?? null, clientName: client?.name ?? null });
  const generated = reminder.kind !== "manual";
  return (
    <>
      <PageHeader
        title={t("form.editTitle")}
        description={[
          generated ? t("form.generated", { kind: t(`kind.${reminder.kind}`) }) : null,
          reminder.doneAt ? t("form.done", { date: format.dateTime(reminder.doneAt, { dateStyle: "medium", timeStyle: "short", timeZone }) }) : null,
        ]
          .filter(Boolean)
          .join(" · ") || undefined}
        actions={<DeleteReminderButton id={reminder.id} title={title} back={back} />}
      />
      <ReminderForm
        back={back}
        options={options}
        values={{
          id: reminder.id,
          version: reminder.version,
          // A generated one's stored title is not for reading: the form starts from the readable one.
          title: generated ? title : reminder.title,
          description: reminder.description ?? "",
          allDay: reminder.allDay,
          dueAt: dateToZonedInput(reminder.dueAt, timeZone),
          dueDate: isoDate(localDateOf(reminder.dueAt, timeZone)),
          target: reminder.tagId ? "group" : reminder.clientId ? "client" : "none",
          client,
          tagId: reminder.tagId ?? "",
          order: order ? { id: order.id, number: order.number } : null,
          contactId: reminder.contactId ?? "",
          category: reminder.category ?? "",
          assigneeId: reminder.assigneeId ?? "",
          recurrence: reminder.recurrence,
        }}
      />
    </>
  );
}
