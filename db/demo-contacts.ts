import { and, asc, eq, isNull } from "drizzle-orm";
import { seededRandom } from "@/lib/seeded-random";
import { db } from "./client";
import { createContact } from "./queries/contacts";
import { clientPhones, clients, type ContactChannel, type ReminderCategory } from "./schema";

const DAY = 86_400_000;

/** What a consultant writes after a call or a message. */
const notes: { text: string; category: ReminderCategory | null; channel: ContactChannel; remind?: string }[] = [
  { text: "Понравился крем, просит пробник сыворотки", category: "marketing", channel: "call" },
  { text: "Договорились о доставке в пятницу после 18:00", category: "ready_to_ship", channel: "whatsapp", remind: "Отвезти заказ" },
  { text: "Оплатит остаток с зарплаты, 10-го числа", category: "will_pay", channel: "call", remind: "Напомнить об оплате" },
  { text: "Отправила каталог новинок", category: "message_sent", channel: "whatsapp" },
  { text: "Спрашивала про подарочный набор к 8 Марта", category: "marketing", channel: "sms", remind: "Предложить подарочные наборы" },
  { text: "Счёт отправлен на почту", category: "invoice_sent", channel: "email" },
  { text: "Встретились на мастер-классе, подобрали тон", category: null, channel: "meeting" },
  { text: "Тушь не подошла — обменяем на другую", category: "reissued", channel: "call", remind: "Привезти новую тушь" },
];

/** A few weeks of calls and messages with the demo clients, some with a reminder still to come. */
export async function seedDemoContacts(workspaceId: string, actorId: string, count = 60, now = Date.now()) {
  const { int, pick, chance } = seededRandom(20261126);
  const people = await db()
    .select({ id: clients.id, phone: clientPhones.e164 })
    .from(clients)
    .leftJoin(clientPhones, and(eq(clientPhones.clientId, clients.id), eq(clientPhones.isPrimary, true)))
    .where(and(eq(clients.workspaceId, workspaceId), isNull(clients.archivedAt)))
    .orderBy(asc(clients.number))
    .limit(120);
  if (!people.length) return 0;
  const info = console.info;
  console.info = () => {}; // "Inngest not configured" per reminder
  try {
    for (let i = 0; i < count; i++) {
      const who = pick(people);
      const note = pick(notes);
      const at = new Date(now - int(0, 40) * DAY - int(1, 9) * 3_600_000);
      // Only the recent ones still have a reminder ahead.
      const remind = note.remind && now - at.getTime() < 7 * DAY ? { dueAt: new Date(now + int(1, 10) * DAY), title: note.remind } : null;
      await createContact(
        workspaceId,
        actorId,
        { clientId: who.id, at, direction: chance(0.7) ? "outgoing" : "incoming", channel: note.channel, information: note.text, category: note.category, memberId: actorId, address: note.channel === "email" ? null : who.phone },
        remind,
      );
    }
  } finally {
    console.info = info;
  }
  return count;
}
