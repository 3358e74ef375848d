import { getClientCard } from "@/db/queries/clients";
import { listTags } from "@/db/queries/tags";
import { listMembers } from "@/db/queries/workspaces";
import { recurrences, reminderCategories } from "@/db/schema/reminders";
import { pickedClient } from "../orders/_components/client-summary";

/** What the reminder form offers: categories, repeats, members and the workspace's tags. */
export async function reminderFormOptions(workspaceId: string) {
  const [members, tags] = await Promise.all([listMembers(workspaceId), listTags(workspaceId)]);
  return {
    categories: [...reminderCategories],
    recurrences: [...recurrences],
    members: members.map((m) => ({ id: m.id, name: m.name })),
    tags: tags.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** A client of this workspace as the picker shows her, or null. */
export async function pickedClientById(workspaceId: string, id: string | null | undefined) {
  const card = id ? await getClientCard(workspaceId, id) : null;
  return card ? pickedClient(card) : null;
}

/** A path inside the app to go back to, or the list. */
export function backPath(value: string | string[] | undefined, fallback: string) {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") ? v : fallback;
}
