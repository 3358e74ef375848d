import type { getMessages } from "next-intl/server";

type Messages = Awaited<ReturnType<typeof getMessages>>;

// What the clients section's client components read in the browser. Every byte here is sent
// with each page (the RSC payload), so the list gets only what the list draws.

/** The list, its filters and bulk actions, and the new and edit forms: no card. */
export function listMessages(messages: Messages) {
  const { card, ...clients } = messages.clients;
  return { dataTable: messages.dataTable, errors: messages.errors, clients: { ...clients, card: { fields: card.fields } } };
}

/**
 * The card: all of clients; its Products tab recommends with the order form's catalogue
 * picker, its Reminders tab ticks, snoozes and deletes with the reminders' own controls.
 */
export function cardMessages(messages: Messages) {
  const r = messages.reminders;
  const reminders = { tick: r.tick, untick: r.untick, actions: r.actions, edit: r.edit, snooze: r.snooze, snoozeHour: r.snoozeHour, snoozeTomorrow: r.snoozeTomorrow, snoozeWeek: r.snoozeWeek, delete: r.delete, confirmDelete: r.confirmDelete };
  return { dataTable: messages.dataTable, errors: messages.errors, clients: messages.clients, reminders, orders: { form: messages.orders.form } };
}
