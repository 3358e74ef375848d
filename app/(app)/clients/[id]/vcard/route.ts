import { z } from "zod";
import { getClientCard } from "@/db/queries/clients";
import { currentMember } from "@/lib/request-context";
import { toVCard, vCardFileName } from "@/lib/vcard";

/** The client as a .vcf file, for the phone's address book. Members of her workspace only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const member = await currentMember();
  if (!member) return new Response(null, { status: 401 });
  const id = z.uuid().safeParse((await params).id);
  const card = id.success ? await getClientCard(member.workspace.id, id.data) : null;
  if (!card) return new Response(null, { status: 404 });
  const c = card.client;
  const body = toVCard({
    lastName: c.lastName,
    firstName: c.firstName,
    middleName: c.middleName,
    phones: card.phones.map((p) => ({ e164: p.e164, primary: p.isPrimary })),
    emails: card.emails.map((e) => ({ address: e.address, primary: e.isPrimary })),
    birthday: c.birthDay && c.birthMonth ? { day: c.birthDay, month: c.birthMonth, year: c.birthYear } : null,
    company: card.company?.name,
    addresses: card.addresses,
  });
  const name = vCardFileName(c);
  return new Response(body, {
    headers: {
      "content-type": "text/vcard; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
}
