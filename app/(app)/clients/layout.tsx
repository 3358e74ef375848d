import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { listMessages } from "./client-messages";

/** The clients section's client components read these namespaces in the browser (the card adds its own). */
export default async function ClientsLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={listMessages(await getMessages())}>{children}</NextIntlClientProvider>;
}
