import { eq, sql } from "drizzle-orm";
import { emailTerms, searchTerms } from "@/lib/search-text";
import { clients, clientEmails, clientSearchTerms, companies, notes, searchDictionary } from "../schema";
import type { Tx } from "./tx";

/**
 * Rewrites one client's search terms from what is stored now: names, number, company,
 * e-mails and note words. Called inside every transaction that changes any of them.
 */
export async function reindexClient(tx: Tx, workspaceId: string, clientId: string) {
  const [client] = await tx
    .select({ lastName: clients.lastName, firstName: clients.firstName, middleName: clients.middleName, number: clients.number, company: companies.name })
    .from(clients)
    .leftJoin(companies, eq(companies.id, clients.companyId))
    .where(sql`${clients.workspaceId} = ${workspaceId} and ${clients.id} = ${clientId}`);
  await tx.delete(clientSearchTerms).where(sql`${clientSearchTerms.workspaceId} = ${workspaceId} and ${clientSearchTerms.clientId} = ${clientId}`);
  if (!client) return;
  const [emails, noteRows] = await Promise.all([
    tx.select({ address: clientEmails.address }).from(clientEmails).where(sql`${clientEmails.workspaceId} = ${workspaceId} and ${clientEmails.clientId} = ${clientId}`),
    tx.select({ body: notes.body }).from(notes).where(sql`${notes.workspaceId} = ${workspaceId} and ${notes.clientId} = ${clientId}`),
  ]);
  const nameTerms = searchTerms([client.lastName, client.firstName, client.middleName, client.company]);
  const terms = new Set([
    ...nameTerms,
    String(client.number),
    ...emails.flatMap((e) => emailTerms(e.address)),
    ...searchTerms(noteRows.map((n) => n.body)).slice(0, 300),
  ]);
  await tx.insert(clientSearchTerms).values([...terms].map((term) => ({ workspaceId, clientId, term }))).onConflictDoNothing();
  // The typo dictionary holds name and company words only: they are what people misspell.
  const words = nameTerms.filter((t) => t.length >= 3);
  if (words.length) await tx.insert(searchDictionary).values(words.map((term) => ({ workspaceId, term }))).onConflictDoNothing();
}
