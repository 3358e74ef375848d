import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { events, send } from "@/inngest/client";
import { allDayTimes, followUpDates, nextAnniversary, nextDue } from "@/lib/reminder-dates";
import { addDays, localDateOf, type LocalDate } from "@/lib/zoned-time";
import { db } from "../client";
import { activities, clients, contacts, memberships, orders, reminders, tags, workspaces, type Recurrence, type ReminderCategory, type ReminderKind } from "../schema";
import { StaleVersionError } from "./clients";
import type { Tx } from "./tx";

export type Reminder = typeof reminders.$inferSelect;

/** What the form sets. For an all-day reminder `dueAt` is any instant of its local day. */
export type ReminderInput = {
  title: string;
  description: string | null;
  dueAt: Date;
  allDay: boolean;
  clientId: string | null;
  tagId: string | null;
  orderId: string | null;
  contactId: string | null;
  category: ReminderCategory | null;
  assigneeId: string | null;
  recurrence: Recurrence;
};

/** A linked client, group, order, contact or assignee is not this workspace's. */
export class ReminderLinkError extends Error {
  constructor(readonly field: "clientId" | "tagId" | "orderId" | "contactId" | "assigneeId") {
    super(`${field} not found`);
  }
}

type Schedule = Pick<typeof workspaces.$inferSelect, "timeZone" | "followUpHour" | "followUpCadence" | "remindDayBefore">;

async function scheduleOf(tx: Tx, workspaceId: string): Promise<Schedule> {
  const [ws] = await tx
    .select({ timeZone: workspaces.timeZone, followUpHour: workspaces.followUpHour, followUpCadence: workspaces.followUpCadence, remindDayBefore: workspaces.remindDayBefore })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return ws;
}

/** due_at and notify_at of a reminder: an all-day one starts at local midnight and notifies at the usual hour. */
function times(dueAt: Date, allDay: boolean, ws: Schedule) {
  return allDay ? allDayTimes(localDateOf(dueAt, ws.timeZone), ws.followUpHour, ws.timeZone) : { dueAt, notifyAt: dueAt };
}

const own = (workspaceId: string, id: string) => and(eq(reminders.workspaceId, workspaceId), eq(reminders.id, id));

/**
 * Tells the workflows a notice is due at `notifyAt` (they check it still is before notifying).
 * Call it after the transaction that made the reminders has committed.
 */
export function announce(rows: { id: string; workspaceId: string; notifyAt: Date; doneAt: Date | null }[]) {
  for (const r of rows) {
    if (!r.doneAt) send(events.reminderScheduled.create({ workspaceId: r.workspaceId, reminderId: r.id, notifyAt: r.notifyAt.toISOString() }));
  }
}

/** Refuses links to another workspace's rows (the composite keys would too, less clearly). */
async function checkLinks(tx: Tx, workspaceId: string, input: ReminderInput) {
  const checks = [
    ["clientId", clients],
    ["tagId", tags],
    ["orderId", orders],
    ["contactId", contacts],
  ] as const;
  for (const [field, table] of checks) {
    const id = input[field];
    if (!id) continue;
    const [row] = await tx.select({ id: table.id }).from(table).where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)));
    if (!row) throw new ReminderLinkError(field);
  }
  if (input.assigneeId) {
    const [m] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, input.assigneeId)));
    if (!m) throw new ReminderLinkError("assigneeId");
  }
}

async function logActivity(tx: Tx, workspaceId: string, actorId: string | null, kind: "reminder_created" | "reminder_done" | "reminder_reopened" | "reminder_deleted" | "reminder_updated", rows: Reminder[]) {
  const withClient = rows.filter((r) => r.clientId);
  if (!withClient.length) return;
  // A generated reminder's title is made from its kind, step and order number when shown.
  const orderIds = [...new Set(withClient.map((r) => r.orderId).filter((id): id is string => Boolean(id)))];
  const numbers = new Map(
    orderIds.length
      ? (await tx.select({ id: orders.id, number: orders.number }).from(orders).where(and(eq(orders.workspaceId, workspaceId), inArray(orders.id, orderIds)))).map((o) => [o.id, o.number])
      : [],
  );
  await tx.insert(activities).values(
    withClient.map((r) => ({
      workspaceId,
      clientId: r.clientId!,
      actorId,
      kind,
      data: { reminderId: r.id, title: r.title, reminderKind: r.kind, step: r.step, number: r.orderId ? (numbers.get(r.orderId) ?? null) : null, dueAt: r.dueAt.toISOString(), allDay: r.allDay },
    })),
  );
}

/**
 * What else a reminder made by the app (not the form) may set: its kind (a site order's), and
 * `notifiedAt` when the app has already told the members, so that no second notice goes.
 */
export type GeneratedReminderFields = { kind?: ReminderKind; notifiedAt?: Date };

/** A new reminder (inside `tx` when it is made together with a contact). */
export async function createReminder(workspaceId: string, actorId: string | null, input: ReminderInput & GeneratedReminderFields, outer?: Tx) {
  const run = async (tx: Tx) => {
    await checkLinks(tx, workspaceId, input);
    const ws = await scheduleOf(tx, workspaceId);
    const [row] = await tx
      .insert(reminders)
      .values({ ...input, ...times(input.dueAt, input.allDay, ws), workspaceId, createdById: actorId })
      .returning();
    await logActivity(tx, workspaceId, actorId, "reminder_created", [row]);
    return row;
  };
  if (outer) return run(outer);
  const row = await db().transaction(run);
  if (!row.notifiedAt) announce([row]);
  return row;
}

/** Saves an edit if `version` is still the stored one (else StaleVersionError); null when not found. */
export async function updateReminder(workspaceId: string, actorId: string | null, id: string, version: number, input: ReminderInput) {
  const row = await db().transaction(async (tx) => {
    const [current] = await tx.select().from(reminders).where(own(workspaceId, id)).for("update");
    if (!current) return null;
    if (current.version !== version) throw new StaleVersionError();
    await checkLinks(tx, workspaceId, input);
    const ws = await scheduleOf(tx, workspaceId);
    const next = times(input.dueAt, input.allDay, ws);
    const moved = next.notifyAt.getTime() !== current.notifyAt.getTime();
    const [row] = await tx
      .update(reminders)
      .set({ ...input, ...next, notifiedAt: moved ? null : current.notifiedAt, version: sql`${reminders.version} + 1` })
      .where(own(workspaceId, id))
      .returning();
    await logActivity(tx, workspaceId, actorId, "reminder_updated", [row]);
    return row;
  });
  if (row) announce([row]);
  return row;
}

/** Moves a reminder to a new time (snooze): it will notify again then. */
export async function snoozeReminder(workspaceId: string, id: string, until: Date) {
  const [row] = await db()
    .update(reminders)
    .set({ dueAt: until, notifyAt: until, allDay: false, notifiedAt: null, version: sql`${reminders.version} + 1` })
    .where(and(own(workspaceId, id), isNull(reminders.doneAt)))
    .returning();
  if (row) announce([row]);
  return row ?? null;
}

/**
 * Ticks reminders done (or open again). Completing a recurring one creates its next
 * occurrence; a birthday's next one is counted from the birthday itself, so 29 February
 * comes back in leap years. Returns the rows that changed.
 */
export async function setRemindersDone(workspaceId: string, actorId: string | null, ids: string[], done: boolean) {
  if (!ids.length) return [];
  const { changed, created } = await db().transaction(async (tx) => {
    const changed = await tx
      .update(reminders)
      .set({ doneAt: done ? new Date() : null, version: sql`${reminders.version} + 1` })
      .where(and(eq(reminders.workspaceId, workspaceId), inArray(reminders.id, ids), done ? isNull(reminders.doneAt) : isNotNull(reminders.doneAt)))
      .returning();
    await logActivity(tx, workspaceId, actorId, done ? "reminder_done" : "reminder_reopened", changed);
    const created: Reminder[] = [];
    if (done) {
      const ws = await scheduleOf(tx, workspaceId);
      for (const r of changed) {
        if (r.kind === "birthday" || r.kind === "name_day") {
          // The day-before one needs no successor: ticking the day itself makes next year's pair.
          if (r.step === 0) created.push(...(await syncDateReminders(tx, workspaceId, [r.clientId!], { kinds: [r.kind], from: addDays(localDateOf(r.dueAt, ws.timeZone), 1) })));
          continue;
        }
        const due = nextDue(r.dueAt, r.recurrence, ws.timeZone);
        if (!due) continue;
        const copy = { workspaceId, title: r.title, description: r.description, kind: r.kind, clientId: r.clientId, tagId: r.tagId, orderId: r.orderId, contactId: r.contactId, category: r.category, assigneeId: r.assigneeId, recurrence: r.recurrence, createdById: actorId };
        const [next] = await tx.insert(reminders).values({ ...copy, allDay: r.allDay, ...times(due, r.allDay, ws) }).returning();
        created.push(next);
      }
    }
    return { changed, created };
  });
  announce(created);
  return changed;
}

/** Deletes reminders; returns how many went. */
export async function deleteReminders(workspaceId: string, actorId: string | null, ids: string[]) {
  if (!ids.length) return 0;
  return db().transaction(async (tx) => {
    const gone = await tx.delete(reminders).where(and(eq(reminders.workspaceId, workspaceId), inArray(reminders.id, ids))).returning();
    await logActivity(tx, workspaceId, actorId, "reminder_deleted", gone);
    return gone.length;
  });
}

export async function getReminder(workspaceId: string, id: string) {
  const [row] = await db().select().from(reminders).where(own(workspaceId, id));
  return row ?? null;
}

/** Open reminders due before `until` (today's and overdue) for a member: hers and the unassigned. */
export function isDueFor(workspaceId: string, userId: string, until: Date) {
  return and(
    eq(reminders.workspaceId, workspaceId),
    isNull(reminders.doneAt),
    lt(reminders.dueAt, until),
    or(eq(reminders.assigneeId, userId), isNull(reminders.assigneeId)),
  );
}

/** The end of today (local midnight of tomorrow) in the workspace's time zone. */
export function endOfToday(timeZone: string, now = new Date()) {
  return allDayTimes(addDays(localDateOf(now, timeZone), 1), 0, timeZone).dueAt;
}

export function countDueReminders(workspaceId: string, userId: string, until: Date) {
  return db().$count(reminders, isDueFor(workspaceId, userId, until));
}

/** Today's and overdue reminders, oldest first: the sign-in dialog. */
export function listDueReminders(workspaceId: string, userId: string, until: Date, limit = 20) {
  return db()
    .select({
      id: reminders.id,
      title: reminders.title,
      kind: reminders.kind,
      step: reminders.step,
      dueAt: reminders.dueAt,
      allDay: reminders.allDay,
      clientId: reminders.clientId,
      clientName: sql<string | null>`${clients.lastName} || ' ' || ${clients.firstName}`,
      orderNumber: orders.number,
    })
    .from(reminders)
    .leftJoin(clients, and(eq(clients.workspaceId, reminders.workspaceId), eq(clients.id, reminders.clientId)))
    .leftJoin(orders, and(eq(orders.workspaceId, reminders.workspaceId), eq(orders.id, reminders.orderId)))
    .where(isDueFor(workspaceId, userId, until))
    .orderBy(asc(reminders.dueAt), asc(reminders.id))
    .limit(limit);
}

/**
 * Keeps the follow-up calls (2+2+2 by default) of these orders in step with them, inside the
 * transaction that changed them: a delivered, unarchived order has one per cadence step at the
 * workspace's usual hour (open ones move with the delivery date); otherwise its open ones go.
 * Done ones always stay, and the unique key makes a second delivery add nothing.
 */
export async function syncFollowUps(tx: Tx, workspaceId: string, orderIds: string[]) {
  if (!orderIds.length) return [];
  const ws = await scheduleOf(tx, workspaceId);
  const rows = await tx
    .select({ id: orders.id, number: orders.number, clientId: orders.clientId, status: orders.status, deliveredAt: orders.deliveredAt, archivedAt: orders.archivedAt, createdById: orders.createdById })
    .from(orders)
    .where(and(eq(orders.workspaceId, workspaceId), inArray(orders.id, orderIds)));
  const keep = rows.filter((o) => o.status === "delivered" && o.deliveredAt && !o.archivedAt);
  const drop = rows.filter((o) => !keep.includes(o)).map((o) => o.id);
  if (drop.length) {
    await tx.delete(reminders).where(and(eq(reminders.workspaceId, workspaceId), eq(reminders.kind, "follow_up"), inArray(reminders.orderId, drop), isNull(reminders.doneAt)));
  }
  if (!keep.length) return [];
  const values = keep.flatMap((o) =>
    followUpDates(o.deliveredAt!, ws.followUpCadence, ws.followUpHour, ws.timeZone).map((due, step) => ({
      workspaceId,
      kind: "follow_up" as const,
      title: `№ ${o.number}`,
      dueAt: due,
      notifyAt: due,
      clientId: o.clientId,
      orderId: o.id,
      step,
      createdById: o.createdById,
    })),
  );
  // Steps beyond a shortened cadence go too (open ones only).
  await tx.execute(sql`delete from reminders where workspace_id = ${workspaceId} and kind = 'follow_up' and done_at is null
    and order_id in ${keep.map((o) => o.id)} and step >= ${ws.followUpCadence.length}`);
  return tx
    .insert(reminders)
    .values(values)
    .onConflictDoUpdate({
      target: [reminders.workspaceId, reminders.orderId, reminders.step],
      targetWhere: sql`${reminders.kind} = 'follow_up'`,
      set: { dueAt: sql`excluded.due_at`, notifyAt: sql`excluded.notify_at`, notifiedAt: sql`case when ${reminders.notifyAt} = excluded.notify_at then ${reminders.notifiedAt} end` },
      setWhere: sql`${reminders.doneAt} is null`,
    })
    .returning();
}

/**
 * Keeps each client's next birthday and name-day reminders (all-day, yearly; also the day
 * before when the workspace says so) in step with her dates, from `from` (a local date,
 * today by default) on. Archived clients and cleared dates lose their open ones.
 */
export async function syncDateReminders(
  tx: Tx,
  workspaceId: string,
  clientIds: string[],
  { kinds = ["birthday", "name_day"], from }: { kinds?: ("birthday" | "name_day")[]; from?: LocalDate } = {},
) {
  if (!clientIds.length) return [];
  const ws = await scheduleOf(tx, workspaceId);
  const start = from ? allDayTimes(from, 0, ws.timeZone).dueAt : new Date();
  const people = await tx
    .select({ id: clients.id, birthDay: clients.birthDay, birthMonth: clients.birthMonth, nameDayDay: clients.nameDayDay, nameDayMonth: clients.nameDayMonth, archivedAt: clients.archivedAt, responsibleId: clients.responsibleId })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), inArray(clients.id, clientIds)));
  await tx
    .delete(reminders)
    .where(and(eq(reminders.workspaceId, workspaceId), inArray(reminders.clientId, clientIds), inArray(reminders.kind, kinds), isNull(reminders.doneAt)));
  const values: (typeof reminders.$inferInsert)[] = [];
  for (const c of people) {
    if (c.archivedAt) continue;
    const dates: [ReminderKind, number | null, number | null][] = [
      ["birthday", c.birthDay, c.birthMonth],
      ["name_day", c.nameDayDay, c.nameDayMonth],
    ];
    for (const [kind, day, month] of dates) {
      if (!day || !month || !kinds.includes(kind as "birthday")) continue;
      const on = nextAnniversary(day, month, start, ws.timeZone);
      const steps = ws.remindDayBefore ? [0, 1] : [0];
      for (const step of steps) {
        const t = allDayTimes(step === 1 ? addDays(on, -1) : on, ws.followUpHour, ws.timeZone);
        if (t.dueAt < start && step === 1) continue; // today is the day: "tomorrow" has passed
        values.push({ workspaceId, kind, title: kind, ...t, allDay: true, clientId: c.id, step, recurrence: "yearly", assigneeId: c.responsibleId });
      }
    }
  }
  return values.length ? tx.insert(reminders).values(values).returning() : [];
}

export type { ReminderCategory, Recurrence };
