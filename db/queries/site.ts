import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { escapeLike } from "@/lib/search-text";
import { db } from "../client";
import { memberships, products, users, workspaces } from "../schema";

// The personal site /s/<slug> (SPEC §4.4): what a visitor may see of a workspace. Nothing
// here is readable while the owner has the site switched off.

export type SiteSettings = Pick<
  typeof workspaces.$inferSelect,
  "siteEnabled" | "siteBio" | "sitePhotoUrl" | "sitePhone" | "siteWhatsapp" | "siteTelegram" | "siteEmail" | "siteCategories"
>;

/** A switched-on site by its slug, with the owner it speaks for; null when unknown or off. */
export async function getPublicSite(slug: string) {
  const [row] = await db()
    .select({
      workspace: {
        id: workspaces.id,
        name: workspaces.name,
        slug: workspaces.slug,
        country: workspaces.country,
        currency: workspaces.currency,
        defaultLocale: workspaces.defaultLocale,
        timeZone: workspaces.timeZone,
        followUpHour: workspaces.followUpHour,
        siteBio: workspaces.siteBio,
        sitePhotoUrl: workspaces.sitePhotoUrl,
        sitePhone: workspaces.sitePhone,
        siteWhatsapp: workspaces.siteWhatsapp,
        siteTelegram: workspaces.siteTelegram,
        siteEmail: workspaces.siteEmail,
        siteCategories: workspaces.siteCategories,
      },
      ownerId: users.id,
      ownerName: users.name,
    })
    .from(workspaces)
    .leftJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.role, "owner")))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(workspaces.slug, slug), eq(workspaces.siteEnabled, true)))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  return row ?? null;
}
export type PublicSite = NonNullable<Awaited<ReturnType<typeof getPublicSite>>>;

/** Products a site shows: active, not archived, in a shown category (all when `shown` is null). */
function onSite(workspaceId: string, shown: string[] | null) {
  return and(
    eq(products.workspaceId, workspaceId),
    isNull(products.archivedAt),
    eq(products.active, true),
    shown === null ? undefined : shown.length ? inArray(products.category, shown) : sql`false`,
  );
}

const siteColumns = { id: products.id, name: products.name, category: products.category, price: products.price, imageUrl: products.imageUrl, description: products.description };

/** Products a site page shows at once; the page links to the next ones. */
export const SITE_PAGE_SIZE = 60;

/**
 * One page of the site's catalogue by name, narrowed by a search and a category, and whether
 * more follow. A catalogue is hundreds of rows: ILIKE is enough.
 */
export async function listSiteProducts(workspaceId: string, shown: string[] | null, filter: { q: string; category: string | null; page?: number }) {
  const offset = ((filter.page ?? 1) - 1) * SITE_PAGE_SIZE;
  const q = filter.q.trim();
  const like = `%${escapeLike(q)}%`;
  const rows = await db()
    .select(siteColumns)
    .from(products)
    .where(
      and(
        onSite(workspaceId, shown),
        q ? or(ilike(products.name, like), ilike(products.sku, like), ilike(products.description, like)) : undefined,
        filter.category ? eq(products.category, filter.category) : undefined,
      ),
    )
    .orderBy(asc(sql`${products.name} collate "und-x-icu"`), asc(products.id))
    .limit(SITE_PAGE_SIZE + 1)
    .offset(offset);
  return { products: rows.slice(0, SITE_PAGE_SIZE), more: rows.length > SITE_PAGE_SIZE };
}

/** The categories the site shows that have something in them. */
export async function listSiteCategories(workspaceId: string, shown: string[] | null) {
  const rows = await db()
    .selectDistinct({ category: products.category })
    .from(products)
    .where(and(onSite(workspaceId, shown), isNotNull(products.category)))
    .orderBy(asc(products.category));
  return rows.map((r) => r.category!);
}

/** The site's products among `ids`; anything else (another workspace's, archived, hidden) is not found. */
export function siteProductsByIds(workspaceId: string, shown: string[] | null, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db()
    .select({ ...siteColumns, sku: products.sku })
    .from(products)
    .where(and(onSite(workspaceId, shown), inArray(products.id, ids)));
}

export async function updateSiteSettings(workspaceId: string, settings: SiteSettings) {
  const [row] = await db().update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).returning({ id: workspaces.id });
  return Boolean(row);
}
