import { uuidParam } from "./url-params";

// The personal site's cart lives in a cookie on /s/<slug> ("<productId>:<qty>|…"): the server
// renders the cart and its count from it, and a visitor needs no account and no JavaScript
// state. Names and prices are always read again from the catalogue.

export type CartLine = { productId: string; quantity: number };

export const MAX_CART_LINES = 50;
export const MAX_QUANTITY = 99;
export const CART_COOKIE = "cart";

/** The cart cookie's lines; anything malformed is dropped, repeated products are merged. */
export function parseCart(raw: string | undefined): CartLine[] {
  const lines = new Map<string, number>();
  for (const part of (raw ?? "").split("|")) {
    const [id, qty] = part.split(":");
    const productId = uuidParam(id);
    const quantity = Number(qty);
    if (!productId || !Number.isInteger(quantity) || quantity < 1) continue;
    lines.set(productId, Math.min((lines.get(productId) ?? 0) + quantity, MAX_QUANTITY));
  }
  return [...lines].slice(0, MAX_CART_LINES).map(([productId, quantity]) => ({ productId, quantity }));
}

export function serializeCart(lines: CartLine[]): string {
  return lines.map((l) => `${l.productId}:${l.quantity}`).join("|");
}

/**
 * The cart with `productId` set to `quantity` (0 removes it), or raised by one when
 * `quantity` is "add". A full cart takes no new product.
 */
export function changeCart(lines: CartLine[], productId: string, quantity: number | "add"): CartLine[] {
  const current = lines.find((l) => l.productId === productId);
  const next = quantity === "add" ? (current?.quantity ?? 0) + 1 : quantity;
  const clamped = Math.min(Math.max(Math.trunc(next), 0), MAX_QUANTITY);
  if (!current) return clamped > 0 && lines.length < MAX_CART_LINES ? [...lines, { productId, quantity: clamped }] : lines;
  return clamped > 0 ? lines.map((l) => (l === current ? { productId, quantity: clamped } : l)) : lines.filter((l) => l !== current);
}
