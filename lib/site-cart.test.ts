import { describe, expect, it } from "vitest";
import { changeCart, MAX_CART_LINES, MAX_QUANTITY, parseCart, serializeCart } from "./site-cart";

const a = "11111111-1111-4111-8111-111111111111";
const b = "22222222-2222-4222-8222-222222222222";

describe("the site cart cookie", () => {
  it("round-trips and merges repeated products", () => {
    expect(parseCart(serializeCart([{ productId: a, quantity: 2 }, { productId: b, quantity: 1 }]))).toEqual([
      { productId: a, quantity: 2 },
      { productId: b, quantity: 1 },
    ]);
    expect(parseCart(`${a}:2|${a.toUpperCase()}:3`)).toEqual([{ productId: a, quantity: 5 }]);
  });

  it("drops what is malformed and caps quantities and lines", () => {
    expect(parseCart(undefined)).toEqual([]);
    expect(parseCart(`x:1|${a}:0|${a}:-2|${a}:1.5|${b}:abc|<script>:1`)).toEqual([]);
    expect(parseCart(`${a}:5000`)).toEqual([{ productId: a, quantity: MAX_QUANTITY }]);
    const many = Array.from({ length: 60 }, (_, i) => `${a.slice(0, -2)}${String(i).padStart(2, "0")}:1`).join("|");
    expect(parseCart(many)).toHaveLength(MAX_CART_LINES);
  });

  it("adds, sets and removes lines", () => {
    let cart = changeCart([], a, "add");
    cart = changeCart(cart, a, "add");
    cart = changeCart(cart, b, 3);
    expect(cart).toEqual([{ productId: a, quantity: 2 }, { productId: b, quantity: 3 }]);
    expect(changeCart(cart, a, 0)).toEqual([{ productId: b, quantity: 3 }]);
    expect(changeCart(cart, b, 500)).toContainEqual({ productId: b, quantity: MAX_QUANTITY });
    expect(changeCart([], a, 0)).toEqual([]);
  });
});
