import { redirect } from "next/navigation";
import { viewHref } from "./view-href";

/** A bare list address (no parameters at all) opens the user's default view, if she has one. */
export function openDefaultView(pathname: string, views: { id: string; query: string; isDefault: boolean }[], raw: Record<string, unknown>) {
  const preferred = views.find((v) => v.isDefault);
  if (preferred && Object.keys(raw).length === 0) redirect(viewHref(pathname, preferred));
}
