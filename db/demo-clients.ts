import type { CountryCode } from "libphonenumber-js";
import slugify from "slugify";
import { clientInputSchema } from "@/lib/client-input";
import { parsePhone } from "@/lib/phone";
import { seededRandom } from "@/lib/seeded-random";
import { addNote } from "./queries/notes";
import { createClient } from "./queries/clients";
import { listTags, updateTag } from "./queries/tags";

// ~300 believable clients for the demo workspace: Kazakh, Russian, Ukrainian and Polish
// names, phones of the four countries, birthdays with and without a year, tags and notes.
// A fixed seed keeps the demo the same on every machine.

const people = {
  kk: {
    last: ["Жұмабаева", "Сәрсенова", "Нұрланова", "Әлиева", "Қасымова", "Өмірбекова", "Тоқтарова", "Ғабдуллина", "Үсенова", "Шәріпова", "Бекмұхамбетова", "Ислямова"],
    first: ["Айгүль", "Әсем", "Гүлнар", "Жанар", "Мөлдір", "Ұлжан", "Дана", "Айжан", "Қарлығаш", "Ақбота", "Салтанат", "Іңкәр"],
    middle: ["Серікқызы", "Нұрланқызы", null],
    country: "KZ",
    phone: () => `8 7${pick(["01", "02", "05", "07", "47", "75", "77"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
    mail: ["mail.kz", "gmail.com", "inbox.kz"],
    city: ["Алматы", "Астана", "Шымкент", "Қарағанды"],
  },
  ru: {
    last: ["Иванова", "Смирнова", "Кузнецова", "Попова", "Васильева", "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева"],
    first: ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Алёна", "Юлия", "Мария", "Екатерина", "Дарья"],
    middle: ["Сергеевна", "Александровна", "Викторовна", null],
    country: "RU",
    phone: () => `8 (9${digits(2)}) ${digits(3)}-${digits(2)}-${digits(2)}`,
    mail: ["mail.ru", "yandex.ru", "gmail.com"],
    city: ["Москва", "Казань", "Новосибирск", "Омск"],
  },
  uk: {
    last: ["Коваленко", "Бондаренко", "Шевченко", "Ткаченко", "Кравчук", "Мельник", "Олійник", "Ґонта", "Їжакевич", "Захарченко", "Поліщук", "Савчук"],
    first: ["Олена", "Оксана", "Ірина", "Наталія", "Юлія", "Тетяна", "Ганна", "Марія", "Вікторія", "Єлизавета", "Софія", "Дарина"],
    middle: ["Іванівна", "Петрівна", null],
    country: "UA",
    phone: () => `0${pick(["67", "50", "63", "93", "97"])} ${digits(3)} ${digits(2)} ${digits(2)}`,
    mail: ["ukr.net", "gmail.com", "i.ua"],
    city: ["Київ", "Львів", "Одеса", "Харків"],
  },
  pl: {
    last: ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska", "Szymańska", "Woźniak", "Łukasiewicz", "Żak", "Dąbrowska"],
    first: ["Anna", "Małgorzata", "Katarzyna", "Agnieszka", "Ewa", "Magdalena", "Joanna", "Żaneta", "Łucja", "Zofia", "Aleksandra", "Monika"],
    middle: [null],
    country: "PL",
    phone: () => `+48 ${pick(["5", "6", "7", "8"])}${digits(2)}-${digits(3)}-${digits(3)}`,
    mail: ["wp.pl", "onet.pl", "gmail.com"],
    city: ["Warszawa", "Kraków", "Wrocław", "Gdańsk"],
  },
} as const;

const tagNames = ["VIP", "Постоянная", "Новенькая", "Аллергия", "Консультант", "Уход за кожей", "Макияж"];
const sources = ["Instagram", "Рекомендация", "Сайт", "Мероприятие", null];
const notes = [
  "Предпочитает тёплые оттенки помады.",
  "Чувствительная кожа — только гипоаллергенные средства.",
  "Просила позвонить после отпуска.",
  "Любит ароматы с нотами ванили.",
  "Подарить пробники нового крема.",
];

let { rnd: random, pick, digits } = seededRandom(20261126);
/** A random number valid in the person's own country, written in E.164. */
function phoneOf(p: { country: string; phone: () => string }) {
  for (;;) {
    const parsed = parsePhone(p.phone(), p.country as CountryCode);
    if (parsed.ok) return parsed.e164;
  }
}
const latin = (s: string) => slugify(s, { lower: true, strict: true, replacement: "" }) || "client";

/** Adds the demo clients to a workspace that has none. */
export async function seedDemoClients(workspaceId: string, actorId: string, count = 300) {
  ({ rnd: random, pick, digits } = seededRandom(20261126));
  const schema = clientInputSchema("KZ", []);
  const locales = ["kk", "kk", "ru", "ru", "uk", "pl"] as const;
  for (let i = 0; i < count; i++) {
    const p = people[pick(locales)];
    const lastName = pick(p.last);
    const firstName = pick(p.first);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const hasBirthday = random() < 0.8;
    const input = schema.parse({
      lastName,
      firstName,
      middleName: pick(p.middle) ?? "",
      birthDay: hasBirthday ? String(day) : "",
      birthMonth: hasBirthday ? String(month) : "",
      birthYear: hasBirthday && random() < 0.6 ? String(1965 + Math.floor(random() * 40)) : "",
      source: pick(sources) ?? "",
      phones: random() < 0.92 ? [{ value: phoneOf(p) }, ...(random() < 0.2 ? [{ value: phoneOf(p), label: "work" }] : [])] : [],
      emails: random() < 0.6 ? [{ address: `${latin(firstName)}.${latin(lastName)}${i}@${pick(p.mail)}` }] : [],
      addresses: random() < 0.4 ? [{ kind: "home", city: pick(p.city), line1: `${pick(["ул. Абая", "пр. Мира", "ul. Długa", "вул. Шевченка"])} ${1 + Math.floor(random() * 120)}` }] : [],
      tags: random() < 0.55 ? [pick(tagNames), ...(random() < 0.3 ? [pick(tagNames)] : [])] : [],
      discountPercent: random() < 0.15 ? String(pick([5, 10, 15])) : "",
      consents: { notifications: random() < 0.7 ? "on" : undefined, dataProcessing: "on", commercial: random() < 0.5 ? "on" : undefined },
    });
    const client = await createClient(workspaceId, actorId, input);
    if (random() < 0.25) await addNote(workspaceId, actorId, client.id, pick(notes));
  }
  const colors = ["purple", "green", "blue", "red", "orange", "teal", "pink"];
  for (const [i, tag] of (await listTags(workspaceId)).entries()) {
    await updateTag(workspaceId, tag.id, { name: tag.name, color: colors[i % colors.length] });
  }
}
