import { describe, expect, it } from "vitest";
import { formDataToObject } from "./validation";
import { orderEditSchema, orderInputSchema, paymentInputSchema } from "./order-input";
import { dateToZonedInput, zonedDateTimeToDate } from "./zoned-time";

const CLIENT = "5f0c6a2e-3b1d-4c8e-9a7f-2d4e6b8c0a1f";
const PRODUCT = "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

function form(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return formDataToObject(fd);
}

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("orderInputSchema", () => {
  it("reads a catalogue line and a free line from nested FormData into minor units", () => {
    const r = orderInputSchema.parse(
      form({
        clientId: CLIENT,
        "items.0.productId": PRODUCT, "items.0.name": " Крем ", "items.0.sku": "CR-1", "items.0.quantity": "2", "items.0.unitPrice": "12 500",
        "items.1.productId": "", "items.1.name": "Пробник", "items.1.sku": "", "items.1.quantity": "1", "items.1.unitPrice": "990,50",
        discountPercent: "10", note: "",
      }),
    );
    expect(r).toEqual({
      clientId: CLIENT,
      items: [
        { productId: PRODUCT, name: "Крем", sku: "CR-1", quantity: 2, unitPrice: 1_250_000 },
        { productId: null, name: "Пробник", sku: null, quantity: 1, unitPrice: 99_050 },
      ],
      discountPercent: 10,
      note: null,
    });
  });

  it("names the very field that is wrong", () => {
    const r = orderInputSchema.safeParse(
      form({
        clientId: "",
        "items.0.name": "", "items.0.quantity": "0", "items.0.unitPrice": "abc",
        "items.1.name": "Ок", "items.1.quantity": "10000", "items.1.unitPrice": "1.5", "items.1.productId": "nope",
        discountPercent: "101",
      }),
    );
    expect(paths(r)).toMatchObject({
      clientId: expect.any(String),
      "items.0.name": expect.any(String),
      "items.0.quantity": expect.any(String),
      "items.0.unitPrice": "invalidValue",
      "items.1.quantity": expect.any(String),
      "items.1.productId": expect.any(String),
      discountPercent: expect.any(String),
    });
    expect(paths(r)["items.1.unitPrice"]).toBeUndefined();
  });

  it("needs at least one line; an empty price is required, zero is a gift", () => {
    expect(paths(orderInputSchema.safeParse(form({ clientId: CLIENT, discountPercent: "0" })))).toHaveProperty("items");
    const empty = orderInputSchema.safeParse(form({ clientId: CLIENT, "items.0.name": "A", "items.0.quantity": "1", "items.0.unitPrice": " ", discountPercent: "0" }));
    expect(paths(empty)["items.0.unitPrice"]).toBe("required");
    const gift = orderInputSchema.parse(form({ clientId: CLIENT, "items.0.name": "A", "items.0.quantity": "1", "items.0.unitPrice": "0", discountPercent: "" }));
    expect(gift.items[0].unitPrice).toBe(0);
    expect(gift.discountPercent).toBe(0);
  });

  it("an edit carries id and version instead of the client", () => {
    const r = orderEditSchema.parse(form({ id: CLIENT, version: "3", clientId: PRODUCT, "items.0.name": "A", "items.0.quantity": "1", "items.0.unitPrice": "5", discountPercent: "5" }));
    expect(r).toMatchObject({ id: CLIENT, version: 3, discountPercent: 5 });
    expect(r).not.toHaveProperty("clientId");
    expect(orderEditSchema.safeParse(form({ id: CLIENT, version: "0" })).success).toBe(false);
  });
});

describe("zoned date-times", () => {
  it("reads datetime-local as wall time in the workspace zone, and back", () => {
    expect(zonedDateTimeToDate("2026-11-26T14:30", "Asia/Almaty")?.toISOString()).toBe("2026-11-26T09:30:00.000Z");
    expect(zonedDateTimeToDate("2026-07-01T12:00", "Europe/Warsaw")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(zonedDateTimeToDate("2026-01-01T12:00", "Europe/Warsaw")?.toISOString()).toBe("2026-01-01T11:00:00.000Z");
    expect(dateToZonedInput(new Date("2026-11-26T09:30:00Z"), "Asia/Almaty")).toBe("2026-11-26T14:30");
    expect(dateToZonedInput(new Date("2026-12-31T23:30:00Z"), "Europe/Kyiv")).toBe("2027-01-01T01:30");
  });

  it("handles the DST change and refuses dates that do not exist", () => {
    // Warsaw springs forward on 2026-03-29 at 02:00 → 03:00; autumn back on 2026-10-25.
    expect(zonedDateTimeToDate("2026-03-29T01:30", "Europe/Warsaw")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(zonedDateTimeToDate("2026-03-29T03:30", "Europe/Warsaw")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedDateTimeToDate("2026-10-25T12:00", "Europe/Warsaw")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
    expect(zonedDateTimeToDate("2026-02-30T10:00", "Asia/Almaty")).toBeNull();
    expect(zonedDateTimeToDate("2026-11-26T24:00", "Asia/Almaty")).toBeNull();
    expect(zonedDateTimeToDate("26.11.2026 10:00", "Asia/Almaty")).toBeNull();
  });
});

describe("paymentInputSchema", () => {
  const now = () => new Date("2026-11-26T10:00:00Z");
  const schema = paymentInputSchema("Asia/Almaty", now);
  const base = { orderId: CLIENT, amount: "1 000,5", method: "card", paidAt: "2026-11-26T15:00", note: " за крем " };

  it("parses amount, method, time in the workspace zone and note", () => {
    expect(schema.parse(form(base))).toEqual({ orderId: CLIENT, amount: 100_050, method: "card", paidAt: new Date("2026-11-26T10:00:00Z"), note: "за крем" });
  });

  it("refuses a zero or malformed amount, an unknown method, and a time over a day ahead", () => {
    expect(paths(schema.safeParse(form({ ...base, amount: "0" })))).toEqual({ amount: "invalidValue" });
    expect(paths(schema.safeParse(form({ ...base, amount: "-5" })))).toEqual({ amount: "invalidValue" });
    expect(paths(schema.safeParse(form({ ...base, amount: "" })))).toEqual({ amount: "required" });
    expect(paths(schema.safeParse(form({ ...base, method: "barter" })))).toHaveProperty("method");
    // 2026-11-27T20:00 in Almaty is 15:00 UTC: 29 hours ahead.
    expect(paths(schema.safeParse(form({ ...base, paidAt: "2026-11-27T20:00" })))).toEqual({ paidAt: "futureDate" });
    expect(schema.safeParse(form({ ...base, paidAt: "2026-11-27T10:00" })).success).toBe(true);
    expect(paths(schema.safeParse(form({ ...base, paidAt: "2026-13-01T10:00" })))).toEqual({ paidAt: "invalidDate" });
  });
});
