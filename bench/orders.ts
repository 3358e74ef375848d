/**
 * Catalogue, orders, lines and payments for one bench workspace (bench/seed.ts), made as the
 * app would have made them: totals from lib/orders.ts, the payment status derived from the
 * payments (whose sum is orders.paid), delivered_at on delivered orders only, site orders
 * "new" until viewed, numbers in the order the orders were taken.
 */
import { randomUUID } from "node:crypto";
import { orderTotals, paymentStatusOf } from "@/lib/orders";
import { seededRandom } from "@/lib/seeded-random";
import { catalogueCategories, freeItems, productLines, productSizes } from "./catalogue";
import { CopyData } from "./copy";

export const orderTables = {
  products: new CopyData("products", ["id", "workspace_id", "sku", "name", "category", "price", "active", "description", "created_at", "updated_at"]),
  orders: new CopyData("orders", [
    "id", "workspace_id", "number", "client_id", "source", "status", "payment_status", "subtotal", "discount_percent", "discount",
    "total", "paid", "note", "created_by_id", "viewed_at", "delivered_at", "archived_at", "version", "created_at", "updated_at",
  ]),
  items: new CopyData("order_items", [
    "id", "workspace_id", "order_id", "product_id", "name", "sku", "quantity", "unit_price", "line_total", "position", "created_at", "updated_at",
  ]),
  payments: new CopyData("payments", ["id", "workspace_id", "order_id", "amount", "method", "paid_at", "note", "created_by_id", "created_at", "updated_at"]),
};

// A stream of its own, so adding orders leaves the generated clients as they were.
const { rnd, int, chance, pick } = seededRandom(20260315);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const methods = ["cash", "cash", "card", "card", "transfer", "transfer", "transfer", "other"] as const;
const notes = ["Позвонить перед доставкой", "Подарок, упаковать", "Заберёт сама", "Оплата при получении"];

/** Roughly what the tenge prices of the catalogue are in each currency's minor units. */
const minorPerTenge: Record<string, number> = { KZT: 100, RUB: 20, UAH: 8, PLN: 0.8, EUR: 0.2, USD: 0.2 };

type Product = { id: string; sku: string; name: string; price: number };
type Planned = { clientId: string; at: number; archived: boolean; discountPercent: number };

export class WorkspaceOrders {
  private readonly products: Product[] = [];
  private readonly planned: Planned[] = [];
  /** Mean orders of a client who orders at all (a third never do). */
  private readonly perBuyer: number;
  private readonly scale: number;

  constructor(
    readonly workspaceId: string,
    readonly ownerId: string,
    readonly now: number,
    ordersPerClient: number,
    currency: string,
    catalogueSize = 200,
  ) {
    this.perBuyer = ordersPerClient / 0.65;
    const scale = (this.scale = minorPerTenge[currency] ?? 100);
    const since = iso(now - 6 * 365 * DAY);
    const kinds = catalogueCategories.flatMap((c) => c.kinds.map((kind) => ({ category: c, kind })));
    const names = new Set<string>();
    const perPrefix = new Map<string, number>();
    while (this.products.length < catalogueSize) {
      const { category, kind } = pick(kinds);
      const name = `${kind} ${pick(productLines)}${pick(productSizes)}`;
      if (names.has(name)) continue;
      names.add(name);
      const n = (perPrefix.get(category.prefix) ?? 1000) + 1;
      perPrefix.set(category.prefix, n);
      const tenge = Math.round(int(category.price[0], category.price[1]) / 100) * 100;
      const product = { id: randomUUID(), sku: `${category.prefix}-${n}`, name, price: Math.max(100, Math.round(tenge * scale)) };
      this.products.push(product);
      orderTables.products.add([product.id, workspaceId, product.sku, name, category.name, product.price, !chance(0.05), null, since, since]);
    }
  }

  /** Plans a client's orders between `from` and `to` (ms); returns her last_order_at as the app keeps it. */
  client(clientId: string, from: number, to: number, discountPercent: number): string | null {
    if (to - from < DAY || !chance(0.65)) return null;
    // 1 + a geometric count: most buy a few times, some dozens.
    const extra = this.perBuyer - 1;
    const count = extra <= 0 ? 1 : Math.min(200, 1 + Math.floor(Math.log(1 - rnd()) / Math.log(extra / (1 + extra))));
    let last = 0;
    for (let i = 0; i < count; i++) {
      const at = from + HOUR + Math.floor(rnd() * (to - from - HOUR));
      // Old orders only: one cancelled last week would still be on the list.
      const archived = chance(0.02) && at < this.now - 30 * DAY;
      if (!archived) last = Math.max(last, at);
      this.planned.push({ clientId, at, archived, discountPercent: chance(0.9) ? discountPercent : 0 });
    }
    return last ? iso(last) : null;
  }

  /** Numbers the planned orders by time and adds their rows; returns how many. */
  write(): number {
    const now = this.now;
    this.planned.sort((a, b) => a.at - b.at);
    this.planned.forEach((plan, i) => {
      const id = randomUUID();
      const { at } = plan;
      const age = now - at;
      const source = chance(0.3) ? "site" : "manual";
      let status: "new" | "unprocessed" | "processed" | "delivered";
      if (source === "site" && age < 2 * DAY) status = "new";
      else if (age < DAY) status = pick(["unprocessed", "processed"] as const);
      else if (age < 10 * DAY) status = pick(["unprocessed", "processed", "delivered"] as const);
      else status = chance(0.97) ? "delivered" : pick(["unprocessed", "processed"] as const);
      const viewedAt = status === "new" ? null : at + int(5, 600) * 60_000;
      const deliveredAt = status === "delivered" ? Math.min(now - HOUR, at + int(1, 10) * DAY + int(0, 8) * HOUR) : null;
      const archivedAt = plan.archived ? Math.min(now, at + int(20, 60) * DAY) : null;

      const lines = Array.from({ length: pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4]) }, () => {
        if (chance(0.08)) {
          const free = pick(freeItems);
          return { productId: null, sku: null, name: free.name, quantity: 1, unitPrice: Math.max(100, Math.round(free.price * this.scale)) };
        }
        const p = this.products[Math.floor(rnd() ** 2 * this.products.length)]; // best sellers first
        return { productId: p.id, sku: p.sku, name: p.name, quantity: chance(0.8) ? 1 : int(2, 3), unitPrice: p.price };
      });
      const { lineTotals, subtotal, discount, total } = orderTotals(lines, plan.discountPercent);
      const created = iso(at);
      lines.forEach((l, position) =>
        orderTables.items.add([randomUUID(), this.workspaceId, id, l.productId, l.name, l.sku, l.quantity, l.unitPrice, lineTotals[position], position, created, created]),
      );

      // Delivered orders are mostly paid; open ones sometimes in advance, or in part.
      const r = rnd();
      const share = status === "delivered" ? (r < 0.85 ? 1 : r < 0.93 ? 0.2 + rnd() * 0.6 : 0) : r < 0.3 ? 1 : r < 0.45 ? 0.5 : 0;
      const paid = share === 1 ? total : Math.min(total - 1, Math.round(total * share));
      let lastPaidAt = 0;
      if (paid > 0) {
        const firstAt = Math.min(now, at + int(0, 48) * HOUR);
        const parts = share === 1 && chance(0.2) ? [Math.round(paid * 0.4), paid - Math.round(paid * 0.4)] : [paid];
        parts.forEach((amount, k) => {
          const paidAt = k === 0 ? firstAt : Math.min(now, Math.max(firstAt, deliveredAt ?? firstAt) + int(0, 72) * HOUR);
          lastPaidAt = Math.max(lastPaidAt, paidAt);
          orderTables.payments.add([randomUUID(), this.workspaceId, id, amount, pick(methods), iso(paidAt), null, this.ownerId, iso(paidAt), iso(paidAt)]);
        });
      }
      const updatedAt = Math.max(at, viewedAt ?? 0, deliveredAt ?? 0, archivedAt ?? 0, lastPaidAt);
      const version = 1 + (viewedAt ? 1 : 0) + (status === "processed" ? 1 : status === "delivered" ? 2 : 0) + (lastPaidAt ? 1 : 0) + (archivedAt ? 1 : 0);
      orderTables.orders.add([
        id, this.workspaceId, i + 1, plan.clientId, source, status, paymentStatusOf(total, paid), subtotal, plan.discountPercent, discount,
        total, paid, chance(0.03) ? pick(notes) : null, this.ownerId, viewedAt && iso(viewedAt), deliveredAt && iso(deliveredAt),
        archivedAt && iso(archivedAt), version, created, iso(updatedAt),
      ]);
    });
    return this.planned.length;
  }
}
