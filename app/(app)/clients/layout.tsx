import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The clients section's client components read these namespaces in the browser. */
export default async function ClientsLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ dataTable: messages.dataTable, clients: messages.clients, errors: messages.errors }}>
      {children}
    </NextIntlClientProvider>
  );
}
