import { describe, expect, it } from "vitest";
import { activityValues } from "./activity-values";

const format = {
  fields: (f: unknown) => (Array.isArray(f) ? f.join(", ") : ""),
  status: (s: string) => `<${s}>`,
  money: (m: number) => `${m / 100} ₸`,
  reminder: (d: Record<string, unknown>) => (d.reminderKind === "follow_up" ? `call after № ${d.number}` : String(d.title)),
  date: (iso: string, allDay: boolean) => `${iso.slice(0, 10)}${allDay ? "" : " 11:00"}`,
  contact: (channel: string, direction: string) => ({ channel: `[${channel}]`, direction: `[${direction}]` }),
  field: (f: string) => `«${f}»`,
  yesNo: (v: boolean) => (v ? "yes" : "no"),
};
const none = { title: "", due: "", channel: "", direction: "", information: "", product: "", changes: "" };

describe("activityValues", () => {
  it("translates an order status move and leaves the rest empty", () => {
    expect(activityValues({ orderId: "o", number: 1234, from: "processed", to: "delivered" }, format)).toEqual({ ...none, fields: "", number: "1234", status: "<delivered>", amount: "", to: "delivered" });
  });

  it("formats a payment's amount and keeps an e-mail's address", () => {
    expect(activityValues({ number: 7, amount: 5_000_00 }, format)).toMatchObject({ number: "7", amount: "5000 ₸", status: "" });
    expect(activityValues({ number: 7, to: "dana@example.kz" }, format)).toMatchObject({ to: "dana@example.kz", status: "" });
  });

  it("reads a reminder's title and due date, and a contact's channel, direction and information", () => {
    expect(activityValues({ reminderId: "r", title: "№ 5", reminderKind: "follow_up", step: 0, number: 5, dueAt: "2026-12-01T06:00:00.000Z", allDay: false }, format)).toMatchObject({ title: "call after № 5", due: "2026-12-01 11:00" });
    expect(activityValues({ contactId: "c", channel: "call", direction: "outgoing", information: "Asked about the cream" }, format)).toMatchObject({ channel: "[call]", direction: "[outgoing]", information: ": Asked about the cream", title: "" });
  });

  it("survives missing or odd data", () => {
    expect(activityValues({ fields: ["lastName"], amount: "12", number: null }, format)).toEqual({ ...none, fields: "lastName", number: "", status: "", amount: "", to: "" });
  });

  it("spells out a customer's own changes field by field, and a wishlist's product", () => {
    const changes = {
      phones: { from: [["+77011112233", "mobile", true]], to: [["+77021112233", "mobile", true], ["+77051234567", "home", false]] },
      addresses: { from: [], to: [["home", "Абая 1", null, "Алматы", null, "050000", null]] },
      emailOptOut: { from: false, to: true },
      firstName: { from: "Дана", to: "Данна" },
    };
    expect(activityValues({ fields: Object.keys(changes), by: "customer", changes }, format).changes).toBe(
      "«phones»: +7 701 111 2233 → +7 702 111 2233; +7 705 123 4567; «addresses»: — → Абая 1, Алматы, 050000; «emailOptOut»: no → yes; «firstName»: Дана → Данна",
    );
    expect(activityValues({ product: "Крем" }, format).product).toBe("Крем");
    const birthday = { birthDay: { from: null, to: 5 }, birthMonth: { from: null, to: 3 }, birthYear: { from: null, to: null } };
    expect(activityValues({ by: "customer", changes: birthday }, format).changes).toBe("«birthDay»: — → 05.03");
  });
});
