import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getPublicSite, siteProductsByIds, type PublicSite } from "@/db/queries/site";
import { currentSiteVisitor } from "@/lib/request-context";
import { readCart } from "./cart-cookie";

/** The switched-on site of this slug, read once per request; a 404 page otherwise. */
export const loadSite = cache(async (slug: string) => {
  await connection();
  const site = await getPublicSite(slug.toLowerCase());
  if (!site) notFound();
  return site;
});

/** Who the site speaks for: the owner's name, else the business name. */
export function consultantName(site: PublicSite): string {
  return site.ownerName?.trim() || site.workspace.name;
}

/** The cart's lines that are still on the site, in the order they were added, with today's prices. */
export const loadCart = cache(async (site: PublicSite) => {
  const lines = await readCart();
  const found = new Map((await siteProductsByIds(site.workspace.id, site.workspace.siteCategories, lines.map((l) => l.productId))).map((p) => [p.id, p]));
  return lines.flatMap((l) => {
    const product = found.get(l.productId);
    return product ? [{ product, quantity: l.quantity }] : [];
  });
});

/**
 * The register and sign-in pages' data: the site, who it speaks for and the cart's count. A
 * visitor who is signed in already goes to her profile (which offers to join, if need be).
 */
export async function loadSignedOutPage(slug: string) {
  const site = await loadSite(slug);
  if (await currentSiteVisitor(site.workspace.id)) redirect(`/s/${site.workspace.slug}/profile`);
  const cart = await loadCart(site);
  return { site, name: consultantName(site), cartCount: cart.reduce((n, l) => n + l.quantity, 0) };
}
