import { describe, expect, it } from "vitest";
import { activityValues } from "./activity-values";

const format = { fields: (f: unknown) => (Array.isArray(f) ? f.join(", ") : ""), status: (s: string) => `<${s}>`, money: (m: number) => `${m / 100} ₸` };

describe("activityValues", () => {
  it("translates an order status move and leaves the rest empty", () => {
    expect(activityValues({ orderId: "o", number: 1234, from: "processed", to: "delivered" }, format)).toEqual({ fields: "", number: "1234", status: "<delivered>", amount: "", to: "delivered" });
  });

  it("formats a payment's amount and keeps an e-mail's address", () => {
    expect(activityValues({ number: 7, amount: 5_000_00 }, format)).toMatchObject({ number: "7", amount: "5000 ₸", status: "" });
    expect(activityValues({ number: 7, to: "dana@example.kz" }, format)).toMatchObject({ to: "dana@example.kz", status: "" });
  });

  it("survives missing or odd data", () => {
    expect(activityValues({ fields: ["lastName"], amount: "12", number: null }, format)).toEqual({ fields: "lastName", number: "", status: "", amount: "", to: "" });
  });
});
