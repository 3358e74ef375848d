import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { seededRandom } from "@/lib/seeded-random";
import { db, execute } from "./client";
import { addPayment, createOrder, markOrderViewed, setOrdersArchived, setOrdersStatus, type OrderLineInput } from "./queries/orders";
import { clients, products, type OrderSource, type PaymentMethod } from "./schema";

// ~400 orders of the demo workspace over the last 8 months, made through the same domain
// functions as the app (numbers, totals, payment status, activities), so that later features
// (follow-ups, figures, dashboard) see them as real sales. createOrder stamps "now": the
// history's times are set afterwards in one statement per table (this is seed code, not app code).

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Almaty is UTC+5 all year: orders are taken between 10:00 and 21:00 there. */
const ALMATY = 5 * HOUR;

const freeItems = [
  { name: "Подарочная упаковка", price: 150_000 },
  { name: "Доставка курьером", price: 100_000 },
  { name: "Набор пробников", price: 250_000 },
  { name: "Косметичка", price: 400_000 },
];
const orderNotes = ["Позвонить перед доставкой", "Подарок на день рождения дочери", "Заберёт сама после 18:00", "Упаковать как подарок"];

/** Orders are handed over in rounds, on Tuesdays and Fridays at 15:00 in Almaty: the first at or after `from`. */
function deliveryRound(from: number) {
  let day = from - ((from + ALMATY) % DAY); // Almaty midnight, in UTC milliseconds
  for (;;) {
    const at = day + 15 * HOUR;
    const weekday = new Date(day + ALMATY).getUTCDay();
    if ((weekday === 2 || weekday === 5) && at >= from) return at;
    day += DAY;
  }
}

type Plan = {
  clientId: string;
  at: number;
  source: OrderSource;
  status: "new" | "unprocessed" | "processed" | "delivered";
  deliveredAt: number | null;
  items: OrderLineInput[];
  discountPercent: number;
  note: string | null;
  /** Share of the total paid: 0, partial (0–1) or 1; split into one or two payments. */
  pay: number;
  archived: boolean;
};

/** Adds the demo orders to a workspace that has clients and a catalogue but no orders. */
export async function seedDemoOrders(workspaceId: string, actorId: string, count = 400, now = Date.now()) {
  const { rnd, int, chance, pick } = seededRandom(20260701);
  const buyers = await db()
    .select({ id: clients.id, discountPercent: clients.discountPercent })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), isNull(clients.archivedAt)))
    .orderBy(asc(clients.number));
  const catalogue = await db()
    .select({ id: products.id, sku: products.sku, name: products.name, price: products.price })
    .from(products)
    .where(and(eq(products.workspaceId, workspaceId), isNull(products.archivedAt), eq(products.active, true)))
    .orderBy(asc(products.sku), asc(products.id));
  if (!buyers.length || !catalogue.length) return 0;
  // Shuffled once, so the best sellers (picked most, below) are not one category.
  for (let i = catalogue.length - 1; i > 0; i--) {
    const j = int(0, i);
    [catalogue[i], catalogue[j]] = [catalogue[j], catalogue[i]];
  }

  // A fifth of the clients are regulars and place half the orders; about a quarter never order.
  const regulars = buyers.filter((_, i) => i % 5 === 0);
  const others = buyers.filter((_, i) => i % 5 !== 0 && i % 3 !== 0);
  const occasional = others.length ? others : regulars;
  const line = (): OrderLineInput => {
    if (chance(0.1)) {
      const free = pick(freeItems);
      return { productId: null, name: free.name, sku: null, quantity: 1, unitPrice: free.price };
    }
    const p = catalogue[Math.floor(rnd() ** 2 * catalogue.length)]; // best sellers first
    return { productId: p.id, name: p.name, sku: p.sku, quantity: chance(0.8) ? 1 : int(2, 3), unitPrice: p.price };
  };

  const plans: Plan[] = [];
  for (let i = 0; i < count; i++) {
    // Busier lately: the age in days leans towards today.
    const ageDays = Math.floor(240 * rnd() ** 1.3);
    const at = Math.min(now - HOUR, now - ageDays * DAY - ((now + ALMATY) % DAY) + int(10 * 60, 21 * 60 - 1) * 60_000);
    const client = chance(0.5) ? pick(regulars) : pick(occasional);
    const source: OrderSource = chance(0.25) ? "site" : "manual";
    const round = deliveryRound(at + DAY);
    let status: Plan["status"];
    if (source === "site" && ageDays < 5) status = "new";
    else if (round > now) status = pick(["unprocessed", "processed"] as const);
    else status = chance(0.97) ? "delivered" : pick(["unprocessed", "processed"] as const);
    const deliveredAt = status === "delivered" ? round : null;
    const payRoll = rnd();
    const pay = status === "delivered" ? (payRoll < 0.8 ? 1 : payRoll < 0.92 ? 0.3 + rnd() * 0.5 : 0) : payRoll < 0.25 ? 1 : payRoll < 0.45 ? 0.5 : 0;
    plans.push({
      clientId: client.id,
      at,
      source,
      status,
      deliveredAt,
      items: Array.from({ length: pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]) }, line),
      discountPercent: client.discountPercent ?? 0,
      note: chance(0.08) ? pick(orderNotes) : null,
      pay,
      archived: false,
    });
  }
  // Numbers follow the order they were taken in.
  plans.sort((a, b) => a.at - b.at);
  // A few old orders were cancelled: archived, mostly never delivered nor paid.
  for (const [i, plan] of plans.entries()) {
    if (now - plan.at > 30 * DAY && (plan.status !== "delivered" || i % 61 === 0)) {
      plan.archived = true;
      plan.pay = plan.status === "delivered" ? plan.pay : 0;
    }
  }

  // While seeding, the domain code's "Inngest not configured" line would print per delivery.
  const info = console.info;
  console.info = () => {};
  try {
    const made: { id: string; plan: Plan; total: number }[] = [];
    for (const plan of plans) {
      const order = await createOrder(workspaceId, actorId, { clientId: plan.clientId, items: plan.items, discountPercent: plan.discountPercent, note: plan.note }, plan.source);
      made.push({ id: order.id, plan, total: order.total });
    }
    const ids = (keep: (p: Plan) => boolean) => made.filter((m) => keep(m.plan)).map((m) => m.id);
    for (const m of made) if (m.plan.source === "site" && m.plan.status !== "new") await markOrderViewed(workspaceId, m.id);
    await setOrdersStatus(workspaceId, actorId, ids((p) => p.status === "processed" || p.status === "delivered"), "processed");
    // One call per delivery round, as the consultant would tick a round's orders in the list.
    for (const at of new Set(plans.map((p) => p.deliveredAt).filter((d) => d !== null))) {
      await setOrdersStatus(workspaceId, actorId, ids((p) => p.deliveredAt === at), "delivered", new Date(at));
    }
    for (const m of made) {
      // Whole tenge for a part; the exact total when paid in full.
      const due = m.plan.pay === 1 ? m.total : Math.round((m.total * m.plan.pay) / 100) * 100;
      if (!due) continue;
      const method: PaymentMethod = pick(["cash", "cash", "card", "transfer", "transfer", "other"] as const);
      const firstAt = Math.min(now - HOUR, m.plan.at + int(0, 2) * DAY);
      const lastAt = Math.min(now - HOUR, Math.max(firstAt, m.plan.deliveredAt ?? firstAt) + int(0, 3) * DAY);
      // Some paid orders were paid in two parts: a deposit, then the rest on delivery.
      const deposit = m.plan.pay === 1 && chance(0.15) ? Math.round((due * 0.4) / 100) * 100 : 0;
      if (deposit) await addPayment(workspaceId, actorId, m.id, { amount: deposit, method, paidAt: new Date(firstAt), note: null });
      await addPayment(workspaceId, actorId, m.id, { amount: due - deposit, method, paidAt: new Date(deposit ? lastAt : firstAt), note: null });
    }
    await setOrdersArchived(workspaceId, actorId, ids((p) => p.archived), true);
    await backdate(workspaceId, now, made.map(({ id, plan }) => ({ id, at: plan.at, viewedAfter: plan.status === "new" ? null : int(10, 180) * 60_000 })));
    // She kept up with her 2+2+2 calls: those older than three days were made (and their
    // notices went); the last few days' are still waiting, as on any working week.
    await execute(sql`
      update reminders set done_at = due_at + interval '2 hours', notified_at = due_at, updated_at = due_at + interval '2 hours'
      where workspace_id = ${workspaceId} and kind = 'follow_up' and due_at < ${new Date(now - 3 * DAY).toISOString()}::timestamptz`);
    return made.length;
  } finally {
    console.info = info;
  }
}

/**
 * Moves the orders' times into the past (created, viewed, archived, updated) and the
 * history with them (activities, payments' created_at), then recomputes clients.last_order_at,
 * as touchLastOrder would have with the real times.
 */
async function backdate(workspaceId: string, now: number, rows: { id: string; at: number; viewedAfter: number | null }[]) {
  const nowIso = new Date(now).toISOString();
  const times = JSON.stringify(rows.map((r) => ({ id: r.id, created: new Date(r.at).toISOString(), viewed_after_ms: r.viewedAfter })));
  await execute(sql`
    update orders o set
      created_at = t.created,
      viewed_at = case when t.viewed_after_ms is null then null
        else least(t.created + t.viewed_after_ms * interval '1 millisecond', ${nowIso}::timestamptz) end,
      archived_at = case when o.archived_at is null then null else greatest(t.created, o.delivered_at) + interval '5 days' end,
      updated_at = greatest(t.created, o.delivered_at)
    from jsonb_to_recordset(${times}::jsonb) as t(id uuid, created timestamptz, viewed_after_ms bigint)
    where o.workspace_id = ${workspaceId} and o.id = t.id`);
  await execute(sql`update payments set created_at = paid_at, updated_at = paid_at where workspace_id = ${workspaceId}`);
  await execute(sql`
    update orders o set updated_at = greatest(o.updated_at, p.last, o.archived_at)
    from (select order_id, max(paid_at) as last from payments where workspace_id = ${workspaceId} group by order_id) p
    where o.workspace_id = ${workspaceId} and o.id = p.order_id`);
  await execute(sql`
    update activities a set created_at = case a.kind
        when 'order_created' then o.created_at
        when 'order_archived' then o.archived_at
        when 'payment_added' then coalesce((select min(p.paid_at) from payments p
          where p.workspace_id = o.workspace_id and p.order_id = o.id and p.amount = (a.data->>'amount')::int), o.created_at)
        else case a.data->>'to' when 'delivered' then o.delivered_at
          else o.created_at + (coalesce(o.delivered_at, ${nowIso}::timestamptz) - o.created_at) / 2 end
      end
    from orders o
    where a.workspace_id = ${workspaceId} and o.workspace_id = ${workspaceId} and o.id = (a.data->>'orderId')::uuid
      and a.kind in ('order_created', 'order_status', 'order_archived', 'payment_added')`);
  await execute(sql`
    update clients c set last_order_at = (
      select max(o.created_at) from orders o where o.workspace_id = c.workspace_id and o.client_id = c.id and o.archived_at is null)
    where c.workspace_id = ${workspaceId}`);
  // A client who ordered was in the book (and her card's history) before her first order.
  await execute(sql`
    update clients c set created_at = f.first - interval '14 days'
    from (select client_id, min(created_at) as first from orders where workspace_id = ${workspaceId} group by client_id) f
    where c.workspace_id = ${workspaceId} and c.id = f.client_id and c.created_at > f.first - interval '14 days'`);
  await execute(sql`
    update activities a set created_at = c.created_at from clients c
    where a.workspace_id = ${workspaceId} and c.workspace_id = ${workspaceId} and c.id = a.client_id
      and a.kind = 'created' and a.created_at > c.created_at`);
}
