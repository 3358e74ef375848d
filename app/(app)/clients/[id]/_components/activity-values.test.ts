import { describe, expect, it } from "vitest";
import { activityValues } from "./activity-values";

const format = {
  fields: (f: unknown) => (Array.isArray(f) ? f.join(", ") : ""),
  status: (s: string) => `<${s}>`,
  money: (m: number) => `${m / 100} ₸`,
  reminder: (d: Record<string, unknown>) => (d.reminderKind === "follow_up" ? `call after № ${d.number}` : String(d.title)),
  date: (iso: string, allDay: boolean) => `${iso.slice(0, 10)}${allDay ? "" : " 11:00"}`,
  contact: (channel: string, direction: string) => ({ channel: `[${channel}]`, direction: `[${direction}]` }),
};
const none = { title: "", due: "", channel: "", direction: "", information: "" };

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
});
