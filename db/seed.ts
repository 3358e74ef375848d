import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/password";
import { closeDb, migrate } from "./client";
import { eq, sql } from "drizzle-orm";
import { db, execute } from "./client";
import { seedDemoClients } from "./demo-clients";
import { seedDemoOrders } from "./demo-orders";
import { seedDemoContacts } from "./demo-contacts";
import { demoProducts } from "./demo-products";
import { createProduct } from "./queries/products";
import { createUserWithWorkspace, findUserByEmail } from "./queries/users";
import { findMembership } from "./queries/workspaces";
import { workspaces } from "./schema";

/** The demo account the README names. */
export const DEMO = { email: "demo@clientbook.app", password: "demo-password", name: "Айгерим Сапарова" };

/** Loads demo data; running it again changes nothing. */
export async function seed(): Promise<void> {
  if (!(await findUserByEmail(DEMO.email))) {
    await createUserWithWorkspace({
      name: DEMO.name,
      email: DEMO.email,
      passwordHash: await hashPassword(DEMO.password),
      locale: "ru",
      workspace: {
        name: "Beauty by Aigerim",
        slug: "demo",
        country: "KZ",
        currency: "KZT",
        timeZone: "Asia/Almaty",
        defaultLocale: "ru",
      },
    });
    console.log(`Demo account created: ${DEMO.email} / ${DEMO.password}`);
  }
  const member = (await findMembership((await findUserByEmail(DEMO.email))!.id))!;
  const ws = member.workspace.id;
  const count = async (table: "clients" | "products" | "orders" | "contacts") =>
    (await execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${ws}`))[0].n;
  if ((await count("clients")) === 0) {
    await seedDemoClients(ws, member.user.id);
    console.log("Demo clients added.");
  }
  if ((await count("products")) === 0) {
    for (const p of demoProducts) await createProduct(ws, { ...p, active: true, imageUrl: null });
    console.log(`Demo catalogue added: ${demoProducts.length} products.`);
  }
  if ((await count("orders")) === 0) {
    console.log(`Demo orders added: ${await seedDemoOrders(ws, member.user.id)}.`);
  }
  if ((await count("contacts")) === 0) {
    console.log(`Demo contacts added: ${await seedDemoContacts(ws, member.user.id)}.`);
  }
  // The personal site at /s/demo is on; what the owner has already written is kept.
  await db()
    .update(workspaces)
    .set({
      siteEnabled: true,
      siteBio: sql`coalesce(${workspaces.siteBio}, ${DEMO_SITE.bio})`,
      sitePhone: sql`coalesce(${workspaces.sitePhone}, ${DEMO_SITE.phone})`,
      siteWhatsapp: sql`coalesce(${workspaces.siteWhatsapp}, ${DEMO_SITE.phone})`,
      siteTelegram: sql`coalesce(${workspaces.siteTelegram}, ${DEMO_SITE.telegram})`,
      siteEmail: sql`coalesce(${workspaces.siteEmail}, ${DEMO.email})`,
    })
    .where(eq(workspaces.id, ws));
}

const DEMO_SITE = {
  bio: "Консультант по красоте в Алматы, 8 лет с косметикой. Подберу уход под ваш тип кожи, проведу бьюти-сессию дома или онлайн. Доставка по городу — бесплатно.",
  phone: "+77011234567",
  telegram: "aigerim_beauty",
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await migrate();
  await seed();
  await closeDb();
}
