"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { StaleVersionError, updateCustomerProfile } from "@/db/queries/clients";
import { setClientProduct } from "@/db/queries/customers";
import { createNotifications } from "@/db/queries/notifications";
import { getPublicSite, siteProductsByIds, type PublicSite } from "@/db/queries/site";
import { listMembers } from "@/db/queries/workspaces";
import { createAction, fail, validate } from "@/lib/action";
import { signOut } from "@/lib/auth";
import type { CountryCode } from "@/lib/phone";
import { takeRateSlot } from "@/lib/rate-limit";
import { appOrigin, currentSiteVisitor, requestIp } from "@/lib/request-context";
import { signInOrFail } from "@/lib/sign-in";
import { changeCart, MAX_QUANTITY } from "@/lib/site-cart";
import { joinSite, registerCustomer } from "@/lib/site-customer";
import { checkoutSchema, meetingSchema, profileSchema, registerSchema } from "@/lib/site-input";
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
  return site;
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
      const customer = (await currentSiteVisitor(site.workspace.id))?.client ?? undefined;
      order = await placeSiteOrder(site, { name: input.name, e164: input.phone, email: input.email, note: input.note, lines }, locale, await appOrigin(), customer);
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

// Customers' accounts ------------------------------------------------------------------------

const profilePath = (site: PublicSite) => `/s/${site.workspace.slug}/profile`;

/**
 * Registration [000]: a new account, or her existing one when the password is hers, joins
 * this consultant's book and she is signed in on her profile. Anything else answers "we have
 * written to you" (see registerCustomer): the page never tells whether an e-mail is known.
 */
export const registerAction = createAction(
  { input: z.looseObject({ slug, website: z.string().optional() }), access: "public" },
  async ({ slug, website, ...raw }, { locale, t }): Promise<{ message: string }> => {
    const site = await openSite(slug);
    const input = validate(registerSchema(site.workspace.country as CountryCode), raw);
    const mailed = { message: t("site.account.mailed", { email: input.email }) };
    if (isBot(website)) return mailed;
    if (!(await takeRateSlot("site_register", input.email, await requestIp()))) fail({ formError: "tooManyRequests" });
    const outcome = await registerCustomer(site, { name: input.name, email: input.email, password: input.password, e164: input.phone }, locale, await appOrigin());
    if (outcome === "mailed") return mailed;
    await signInOrFail({ email: input.email, password: input.password }, `${profilePath(site)}?welcome=1`);
    return mailed; // not reached: signing in redirects
  },
);

/**
 * A customer signs in on the site (the same credentials provider as the app, with its limits)
 * and lands on her profile. A filled honeypot gets the answer a wrong password gets.
 */
export const siteSignInAction = createAction(
  { input: z.object({ slug, email: z.string().trim().toLowerCase().max(254).pipe(z.email()), password: z.string().min(1).max(200), website: z.string().optional() }), access: "public" },
  async ({ slug, email, password, website }) => {
    const site = await openSite(slug);
    if (isBot(website)) fail({ formError: "invalidCredentials" });
    await signInOrFail({ email, password }, profilePath(site));
  },
);

export const siteSignOutAction = createAction({ input: z.object({ slug }), access: "public" }, async ({ slug }) => {
  await signOut({ redirectTo: `/s/${slug}` });
});

/** The signed-in visitor of this site, or the form's "signed out" error. */
async function visitorOf(site: PublicSite) {
  const visitor = await currentSiteVisitor(site.workspace.id);
  if (!visitor) fail({ formError: "signedOut" });
  return visitor;
}

/** Someone signed in with her account from another consultant's site joins this one with a tap. */
export const joinSiteAction = createAction({ input: z.object({ slug }), access: "public" }, async ({ slug }, { locale }) => {
  const site = await openSite(slug);
  const { user } = await visitorOf(site);
  await joinSite(site, user, { name: user.name, email: user.email, e164: null }, locale);
  revalidatePath(`/s/${site.workspace.slug}`, "layout");
});

/**
 * "My profile": she changes her own card, and only hers (the client linked to her session in
 * this workspace). The consultant's feed shows each change as made by the customer, and every
 * member gets a notification.
 */
export const updateProfileAction = createAction(
  { input: z.looseObject({ slug }), access: "public" },
  async ({ slug, ...raw }, { t }): Promise<{ message: string }> => {
    const site = await openSite(slug);
    const ws = site.workspace;
    const { user, client } = await visitorOf(site);
    if (!client) fail({ formError: "signedOut" });
    const profile = validate(profileSchema(ws.country as CountryCode), raw);
    let saved;
    try {
      saved = await updateCustomerProfile(ws.id, user.id, client.id, profile);
    } catch (error) {
      if (error instanceof StaleVersionError) fail({ formError: "conflict" });
      throw error;
    }
    if (!saved) fail({ formError: "notFound" });
    if (saved.changedFields.length) {
      const clientName = [saved.lastName, saved.firstName].filter(Boolean).join(" ");
      const members = await listMembers(ws.id);
      await createNotifications(ws.id, members.map((m) => ({ userId: m.id, kind: "profile_changed" as const, data: { clientName }, clientId: client.id })));
    }
    revalidatePath(`/s/${ws.slug}`, "layout");
    return { message: t("site.profile.saved") };
  },
);

/** A heart on a product: on or off her wishlist, which her consultant sees on the card [000]. */
export const toggleWishAction = createAction(
  { input: z.object({ slug, productId: z.uuid(), on: z.enum(["true", "false"]).transform((v) => v === "true") }), access: "public" },
  async ({ slug, productId, on }) => {
    const site = await onSite(slug, productId);
    const { user, client } = await visitorOf(site);
    if (!client) fail({ formError: "signedOut" });
    await setClientProduct(site.workspace.id, user.id, { clientId: client.id, productId, kind: "wish", on });
    revalidatePath(`/s/${site.workspace.slug}`, "layout");
  },
);
