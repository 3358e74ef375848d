import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { getOrder } from "@/db/queries/orders";
import { requireMember } from "@/lib/request-context";
import { addDays, isoDate, localDateOf, zonedTime, dateToZonedInput } from "@/lib/zoned-time";
import { ReminderForm } from "../_components/reminder-form";
import { backPath, pickedClientById, reminderFormOptions } from "../form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders.form"))("newTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const id = z.uuid().optional().catch(undefined);

/** A new reminder; `?client=`, `?order=` (from a card or an order) pick what it is about. */
export default async function NewReminderPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireMember();
  const sp = await searchParams;
  const { id: workspaceId, timeZone, followUpHour } = member.workspace;
  const orderId = id.parse(sp.order);
  const order = orderId ? ((await getOrder(workspaceId, orderId))?.order ?? null) : null;
  const [t, options, client] = await Promise.all([
    getTranslations("reminders.form"),
    reminderFormOptions(workspaceId),
    pickedClientById(workspaceId, order?.clientId ?? id.parse(sp.client)),
  ]);
  // Tomorrow at the usual hour: the likeliest time for a call.
  const tomorrow = addDays(localDateOf(new Date(), timeZone), 1);
  const back = backPath(sp.back, client ? `/clients/${client.id}` : "/reminders");
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ReminderForm
        back={back}
        options={options}
        values={{
          title: "",
          description: "",
          allDay: false,
          dueAt: dateToZonedInput(zonedTime(tomorrow, followUpHour, 0, timeZone), timeZone),
          dueDate: isoDate(tomorrow),
          target: client || !sp.group ? "client" : "group",
          client,
          tagId: "",
          order: order ? { id: order.id, number: order.number } : null,
          contactId: "",
          category: "",
          assigneeId: member.user.id,
          recurrence: "none",
        }}
      />
    </>
  );
}
