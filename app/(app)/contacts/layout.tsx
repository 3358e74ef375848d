import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The contacts section's client components read these namespaces in the browser. */
export default async function Layout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  const { client, clientChange, clientSearch, searching, noClients } = messages.orders.form;
  return (
    <NextIntlClientProvider
      messages={{
        dataTable: messages.dataTable,
        contacts: messages.contacts,
        errors: messages.errors,
        reminders: { category: messages.reminders.category },
        // The client picker is the orders form's.
        orders: { form: { client, clientChange, clientSearch, searching, noClients } },
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
