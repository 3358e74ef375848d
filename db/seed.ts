import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/password";
import { closeDb, migrate } from "./client";
import { createUserWithWorkspace, findUserByEmail } from "./queries/users";

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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await migrate();
  await seed();
  await closeDb();
}
