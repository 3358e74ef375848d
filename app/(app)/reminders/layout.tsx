import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The reminders section's client components read these namespaces in the browser. */
export default async function Layout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ dataTable: messages.dataTable, reminders: messages.reminders, errors: messages.errors, orders: { form: messages.orders.form } }}>
      {children}
    </NextIntlClientProvider>
  );
}
