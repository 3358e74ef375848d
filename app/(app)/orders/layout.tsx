import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The orders section's client components read these namespaces in the browser. */
export default async function Layout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ dataTable: messages.dataTable, orders: messages.orders, products: messages.products, errors: messages.errors }}>
      {children}
    </NextIntlClientProvider>
  );
}
