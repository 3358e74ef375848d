"use server";

import { z } from "zod";
import { getPublicSite, siteProductsByIds } from "@/db/queries/site";
import { createAction, fail, validate } from "@/lib/action";
import type { CountryCode } from "@/lib/phone";
import { takeRateSlot } from "@/lib/rate-limit";
import { appOrigin, requestIp } from "@/lib/request-context";
import { changeCart, MAX_QUANTITY } from "@/lib/site-cart";
import { checkoutSchema, meetingSchema } from "@/lib/site-input";
import { requestSiteMeeting } from "@/lib/site-meeting";
import { EmptyCartError, placeSiteOrder } from "@/lib/site-order";
import { localDateOf } from "@/lib/zoned-time";
import { readCart, writeCart } from "./cart-cookie";

// The personal site's public actions: no session, so each one looks the site up by its slug
// and refuses when it is unknown or switched off.

const slug = z.string().trim().toLowerCase().min(1).max(40);

async function openSite(slug: string) {
  const site = await getPublicSite(slug);
  if (!site) fail({ formError: "siteClosed" });
  return site;
}

/** The honeypot `website`: people never see it, bots fill it in. A bot gets a thanks and changes nothing. */
const isBot = (website: string | undefined) => !!website?.trim();

async function onSite(slug: string, productId: string) {
  const site = await openSite(slug);
  const [product] = await siteProductsByIds(site.workspace.id, site.workspace.siteCategories, [productId]);
  if (!product) fail({ formError: "notFound" });
}

/** One more of a product in the cart (the page shows the new count when it renders again). */
export const addToCartAction = createAction({ input: z.object({ slug, productId: z.uuid() }), access: "public" }, async ({ slug, productId }) => {
  await onSite(slug, productId);
  await writeCart(slug, changeCart(await readCart(), productId, "add"));
});

/** Sets a line's quantity; 0 takes it out of the cart. */
export const setCartQuantityAction = createAction(
  { input: z.object({ slug, productId: z.uuid(), quantity: z.coerce.number().int().min(0).max(MAX_QUANTITY) }), access: "public" },
  async ({ slug, productId, quantity }) => {
    if (quantity > 0) await onSite(slug, productId);
    await writeCart(slug, changeCart(await readCart(), productId, quantity));
  },
);

/**
 * A guest's order from the cart. A filled honeypot gets a thanks too and changes nothing;
 * otherwise orders are limited per e-mail (or phone) and per IP, in the database.
 */
export const placeSiteOrderAction = createAction(
  { input: z.looseObject({ slug, website: z.string().optional() }), access: "public" },
  async ({ slug, website, ...raw }, { locale, t }): Promise<{ number: number | null; message: string }> => {
    if (isBot(website)) return { number: null, message: t("site.checkout.thanksNoNumber") };
    const site = await openSite(slug);
    const input = validate(checkoutSchema(site.workspace.country as CountryCode), raw);
    const lines = await readCart();
    if (!lines.length) fail({ formError: "cartEmpty" });

    if (!(await takeRateSlot("site_order", input.email ?? input.phone!, await requestIp()))) fail({ formError: "tooManyOrders" });

    let order;
    try {
      order = await placeSiteOrder(site, { name: input.name, e164: input.phone, email: input.email, note: input.note, lines }, locale, await appOrigin());
    } catch (error) {
      if (error instanceof EmptyCartError) fail({ formError: "cartEmpty" });
      throw error;
    }
    await writeCart(slug, []);
    return { number: order.number, message: t("site.checkout.thanks", { number: order.number }) };
  },
);

/**
 * A guest asks for a beauty session on a preferred date (today or later where the consultant
 * lives). Same honeypot and limits as an order, counted separately.
 */
export const requestSiteMeetingAction = createAction(
  { input: z.looseObject({ slug, website: z.string().optional() }), access: "public" },
  async ({ slug, website, ...raw }, { locale, t }): Promise<{ message: string }> => {
    const thanks = { message: t("site.meeting.thanks") };
    if (isBot(website)) return thanks;
    const site = await openSite(slug);
    const ws = site.workspace;
    const input = validate(meetingSchema(ws.country as CountryCode, localDateOf(new Date(), ws.timeZone)), raw);
    if (!(await takeRateSlot("site_meeting", input.email ?? input.phone!, await requestIp()))) fail({ formError: "tooManyRequests" });
    await requestSiteMeeting(site, { name: input.name, e164: input.phone, email: input.email, date: input.date, timeOfDay: input.timeOfDay, note: input.note }, locale);
    return thanks;
  },
);
