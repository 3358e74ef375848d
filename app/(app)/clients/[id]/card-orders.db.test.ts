import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/db/queries/clients";
import { createOrder, listBoughtProducts, listClientOrders, setOrdersArchived, setOrdersStatus } from "@/db/queries/orders";
import { createUserWithWorkspace } from "@/db/queries/users";
import { withTestDb } from "@/db/test-db";
import { clientInputSchema } from "@/lib/client-input";

// What the client card's Orders and Products tabs read: her orders (archived ones too, marked)
// and what she bought, never another workspace's.

withTestDb();

let ws = "";
let other = "";
let clientId = "";
let otherClientId = "";

const line = (name: string, quantity: number, unitPrice: number) => ({ productId: null, name, sku: null, quantity, unitPrice });
const order = (workspaceId: string, client: string, items = [line("Крем", 1, 1_000_00)]) => createOrder(workspaceId, null, { clientId: client, items, discountPercent: 0, note: null });

beforeAll(async () => {
  const w = { country: "KZ", currency: "KZT" as const, timeZone: "Asia/Almaty", defaultLocale: "ru" as const };
  const a = await createUserWithWorkspace({ name: "A", email: "a@card.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "A", slug: "card-a" } });
  const b = await createUserWithWorkspace({ name: "B", email: "b@card.kz", passwordHash: "h", locale: "ru", workspace: { ...w, name: "B", slug: "card-b" } });
  ws = a.workspace.id;
  other = b.workspace.id;
  const input = clientInputSchema("KZ", []).parse({ lastName: "Карта", firstName: "Тест" });
  clientId = (await createClient(ws, null, input)).id;
  otherClientId = (await createClient(other, null, input)).id;
});

describe("the client card's orders", () => {
  it("lists her orders newest first, archived ones included and marked", async () => {
    const first = await order(ws, clientId);
    const second = await order(ws, clientId, [line("Тушь", 2, 500_00)]);
    await setOrdersArchived(ws, null, [first.id], true);
    const rows = await listClientOrders(ws, clientId);
    expect(rows.map((r) => r.number)).toEqual([second.number, first.number]);
    expect(rows.find((r) => r.id === first.id)?.archivedAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === second.id)).toMatchObject({ archivedAt: null, total: 1_000_00, paid: 0, status: "unprocessed", paymentStatus: "unpaid" });
  });

  it("shows what she bought in delivered orders, summed per item", async () => {
    const a = await order(ws, clientId, [line("Помада", 1, 700_00)]);
    const b = await order(ws, clientId, [line("помада", 2, 700_00)]);
    await order(ws, clientId, [line("Помада", 5, 700_00)]); // not delivered: not bought yet
    await setOrdersStatus(ws, null, [a.id, b.id], "delivered");
    const bought = await listBoughtProducts(ws, clientId);
    expect(bought).toHaveLength(1);
    expect(bought[0]).toMatchObject({ quantity: 3, amount: 2_100_00 });
    expect(bought[0].lastAt).not.toBeNull();
  });

  it("never shows another workspace's orders or purchases", async () => {
    const theirs = await order(other, otherClientId);
    await setOrdersStatus(other, null, [theirs.id], "delivered");
    expect(await listClientOrders(ws, otherClientId)).toEqual([]);
    expect(await listBoughtProducts(ws, otherClientId)).toEqual([]);
    expect(await listClientOrders(other, clientId)).toEqual([]);
    expect(await listBoughtProducts(other, clientId)).toEqual([]);
    expect((await listClientOrders(other, otherClientId)).map((r) => r.id)).toEqual([theirs.id]);
  });
});
