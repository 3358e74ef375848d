import { cookies } from "next/headers";
import { CART_COOKIE, parseCart, serializeCart, type CartLine } from "@/lib/site-cart";

// Each site keeps its own cart: the cookie's path is the site's. Only the server reads it.

const THIRTY_DAYS = 60 * 60 * 24 * 30;

export async function readCart(): Promise<CartLine[]> {
  return parseCart((await cookies()).get(CART_COOKIE)?.value);
}

export async function writeCart(slug: string, lines: CartLine[]) {
  const store = await cookies();
  const path = `/s/${slug}`;
  if (!lines.length) store.set(CART_COOKIE, "", { path, maxAge: 0 });
  else store.set(CART_COOKIE, serializeCart(lines), { path, httpOnly: true, sameSite: "lax", maxAge: THIRTY_DAYS });
}
