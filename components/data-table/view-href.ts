/** A saved view's list URL: its filters and sort, and which view it is. */
export function viewHref(pathname: string, view: { id: string; query: string }) {
  const query = new URLSearchParams(view.query);
  query.set("view", view.id);
  return `${pathname}?${query}`;
}
