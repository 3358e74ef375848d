/** The app's sections, in navigation order. `phone` marks the ones on the phone's bottom bar. */
export const navItems = [
  { key: "dashboard", href: "/dashboard", phone: true },
  { key: "clients", href: "/clients", phone: true },
  { key: "orders", href: "/orders", phone: true },
  { key: "reminders", href: "/reminders", phone: true },
  { key: "contacts", href: "/contacts", phone: false },
  { key: "products", href: "/products", phone: false },
  { key: "notifications", href: "/notifications", phone: false },
  { key: "settings", href: "/settings", phone: false },
] as const;

export type NavKey = (typeof navItems)[number]["key"];
