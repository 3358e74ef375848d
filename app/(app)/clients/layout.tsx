import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The clients section's client components read these namespaces in the browser. */
export default async function ClientsLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  // The card's Products tab recommends with the order form's catalogue picker; its Reminders tab ticks, snoozes and deletes with the reminders' own controls.
  const r = messages.reminders;
  const reminders = { tick: r.tick, untick: r.untick, actions: r.actions, edit: r.edit, snooze: r.snooze, snoozeHour: r.snoozeHour, snoozeTomorrow: r.snoozeTomorrow, snoozeWeek: r.snoozeWeek, delete: r.delete, confirmDelete: r.confirmDelete };
  return (
    <NextIntlClientProvider messages={{ dataTable: messages.dataTable, clients: messages.clients, errors: messages.errors, reminders, orders: { form: messages.orders.form } }}>
      {children}
    </NextIntlClientProvider>
  );
}
