import { describe, expect, it } from "vitest";
import { isMoveBack, orderTotals, paymentStatusOf, statusTargets } from "./orders";

describe("orderTotals", () => {
  it("adds lines and takes the discount off the subtotal, rounded to the minor unit", () => {
    const t = orderTotals([{ quantity: 2, unitPrice: 12_500_00 }, { quantity: 1, unitPrice: 3_333 }], 10);
    expect(t.lineTotals).toEqual([25_000_00, 3_333]);
    expect(t.subtotal).toBe(2_503_333);
    expect(t.discount).toBe(250_333); // 250 333.3 → 250 333
    expect(t.total).toBe(2_253_000);
  });
  it("clamps the discount to 0–100 %", () => {
    expect(orderTotals([{ quantity: 1, unitPrice: 100 }], 150).total).toBe(0);
    expect(orderTotals([{ quantity: 1, unitPrice: 100 }], -5).total).toBe(100);
  });
});

describe("paymentStatusOf", () => {
  it("is unpaid, partial or paid from the sum of payments", () => {
    expect(paymentStatusOf(1000, 0)).toBe("unpaid");
    expect(paymentStatusOf(1000, 400)).toBe("partial");
    expect(paymentStatusOf(1000, 1000)).toBe("paid");
    expect(paymentStatusOf(0, 0)).toBe("paid");
  });
});

describe("status moves", () => {
  it("offers every other working status, never 'new'", () => {
    expect(statusTargets("new")).toEqual(["unprocessed", "processed", "delivered"]);
    expect(statusTargets("delivered")).toEqual(["unprocessed", "processed"]);
  });
  it("knows a move back", () => {
    expect(isMoveBack("delivered", "processed")).toBe(true);
    expect(isMoveBack("unprocessed", "delivered")).toBe(false);
  });
});
