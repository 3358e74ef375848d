import { describe, expect, it } from "vitest";
import { foldLine, toVCard, vCardFileName, type VCardClient } from "./vcard";

const anna: VCardClient = {
  lastName: "Иванова",
  firstName: "Анна",
  middleName: "Сергеевна",
  phones: [
    { e164: "+79161234567", primary: false },
    { e164: "+77011234567", primary: true },
  ],
  emails: [{ address: "anna@example.com", primary: true }],
};

const octets = (text: string) => new TextEncoder().encode(text).length;

/** RFC 2425 unfolding: CRLF followed by one space or tab is removed. */
const unfold = (card: string) => card.replace(/\r\n[ \t]/g, "");

/** The unfolded content lines, without the final empty string. */
const contentLines = (card: string) => unfold(card).split("\r\n").slice(0, -1);

describe("toVCard", () => {
  it("writes a complete vCard 3.0 with CRLF line ends", () => {
    const card = toVCard({
      ...anna,
      company: "Beauty Lab",
      birthday: { day: 7, month: 3, year: 1990 },
      note: "Любит розовый",
      addresses: [{ kind: "home", line1: "ул. Абая, 10", line2: "кв. 5", city: "Алматы", postalCode: "050000", country: "Казахстан" }],
    });
    expect(unfold(card)).toBe(
      [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Иванова;Анна;Сергеевна;;",
        "FN:Анна Сергеевна Иванова",
        "ORG:Beauty Lab",
        "TEL;TYPE=CELL;TYPE=PREF:+77011234567",
        "TEL;TYPE=CELL:+79161234567",
        "EMAIL;TYPE=INTERNET;TYPE=PREF:anna@example.com",
        "ADR;TYPE=HOME:;;ул. Абая\\, 10\\nкв. 5;Алматы;;050000;Казахстан",
        "BDAY:1990-03-07",
        "NOTE:Любит розовый",
        "END:VCARD",
        "",
      ].join("\r\n"),
    );
    expect(card.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(card).toContain("\r\nADR;TYPE=HOME:;;ул. Абая\\, 10\\nкв. 5;Алматы;;050000;Каза\r\n хстан\r\n");
  });

  it("leaves out what is empty", () => {
    const card = toVCard({ lastName: "Kowalska", firstName: "Łucja", phones: [], emails: [], company: "  ", note: "", addresses: [] });
    expect(contentLines(card)).toEqual(["BEGIN:VCARD", "VERSION:3.0", "N:Kowalska;Łucja;;;", "FN:Łucja Kowalska", "END:VCARD"]);
  });

  it("accepts nulls as they come from the database", () => {
    const card = toVCard({ ...anna, middleName: null, company: null, note: null, birthday: null, addresses: null });
    expect(contentLines(card)).toContain("N:Иванова;Анна;;;");
    expect(contentLines(card)).toContain("FN:Анна Иванова");
  });

  it("writes a birthday without a year as --MM-DD", () => {
    expect(contentLines(toVCard({ ...anna, birthday: { day: 29, month: 2 } }))).toContain("BDAY:--02-29");
    expect(contentLines(toVCard({ ...anna, birthday: { day: 5, month: 11, year: null } }))).toContain("BDAY:--11-05");
    expect(contentLines(toVCard({ ...anna, birthday: { day: 29, month: 2, year: 2000 } }))).toContain("BDAY:2000-02-29");
  });

  it("leaves out an impossible birthday", () => {
    expect(toVCard({ ...anna, birthday: { day: 29, month: 2, year: 2023 } })).not.toContain("BDAY");
    expect(toVCard({ ...anna, birthday: { day: 31, month: 4 } })).not.toContain("BDAY");
  });

  it("marks only the first primary phone and email as preferred, and puts it first", () => {
    const card = toVCard({
      ...anna,
      phones: [
        { e164: "+380671234567", primary: false },
        { e164: "+48601234567", primary: true },
        { e164: "+77011234567", primary: true },
        { e164: "", primary: false },
      ],
      emails: [
        { address: "b@example.com", primary: false },
        { address: "a@example.com", primary: true },
      ],
    });
    expect(contentLines(card).filter((line) => /^(TEL|EMAIL)/.test(line))).toEqual([
      "TEL;TYPE=CELL;TYPE=PREF:+48601234567",
      "TEL;TYPE=CELL:+77011234567",
      "TEL;TYPE=CELL:+380671234567",
      "EMAIL;TYPE=INTERNET;TYPE=PREF:a@example.com",
      "EMAIL;TYPE=INTERNET:b@example.com",
    ]);
  });

  it("does not mark anything preferred without a primary", () => {
    const card = toVCard({ ...anna, phones: [{ e164: "+77011234567", primary: false }], emails: [] });
    expect(card).not.toContain("PREF");
  });

  it("keeps phone and email labels as Apple item labels", () => {
    const card = toVCard({
      ...anna,
      phones: [
        { e164: "+77011234567", primary: true, label: "Рабочий, WhatsApp" },
        { e164: "+79161234567", primary: false },
      ],
      emails: [{ address: "anna@example.com", primary: false, label: "Praca" }],
    });
    expect(contentLines(card).filter((line) => /^(item|TEL|EMAIL)/.test(line))).toEqual([
      "item1.TEL;TYPE=CELL;TYPE=PREF:+77011234567",
      "item1.X-ABLabel:Рабочий\\, WhatsApp",
      "TEL;TYPE=CELL:+79161234567",
      "item2.EMAIL;TYPE=INTERNET:anna@example.com",
      "item2.X-ABLabel:Praca",
    ]);
  });

  it("escapes backslashes, commas, semicolons and newlines", () => {
    const card = toVCard({
      lastName: "O;Brien",
      firstName: "Ann, Jr",
      middleName: "a\\b",
      phones: [],
      emails: [],
      company: "Salon; Nails, Spa",
      note: "Line 1\r\nLine 2\rLine 3\nC:\\path; a, b",
    });
    const lines = contentLines(card);
    expect(lines).toContain("N:O\\;Brien;Ann\\, Jr;a\\\\b;;");
    expect(lines).toContain("FN:Ann\\, Jr a\\\\b O\\;Brien");
    expect(lines).toContain("ORG:Salon\\; Nails\\, Spa");
    expect(lines).toContain("NOTE:Line 1\\nLine 2\\nLine 3\\nC:\\\\path\\; a\\, b");
  });

  it("drops control characters that would break the format", () => {
    const card = toVCard({ ...anna, note: "a\u0000b\u0007c\td\u007f" });
    expect(contentLines(card)).toContain("NOTE:abc\td");
  });

  it("writes Cyrillic, Kazakh and Polish names as UTF-8 text in NFC", () => {
    const card = toVCard({
      lastName: "Жұмабаева",
      firstName: "Әйгерім",
      middleName: "Қайратқызы",
      phones: [{ e164: "+77011234567", primary: true }],
      emails: [],
    });
    expect(contentLines(card)).toContain("N:Жұмабаева;Әйгерім;Қайратқызы;;");
    const polish = toVCard({ lastName: "Wo\u0301jcik", firstName: "Z\u0307ofia", phones: [], emails: [] }); // decomposed accents
    expect(contentLines(polish)).toContain("N:Wójcik;Żofia;;;");
  });

  it("falls back to the company, phone or email for FN without a name", () => {
    const nameless = { lastName: " ", firstName: "", phones: [], emails: [] };
    expect(contentLines(toVCard({ ...nameless, company: "Beauty Lab" }))).toContain("FN:Beauty Lab");
    expect(contentLines(toVCard({ ...nameless, phones: [{ e164: "+77011234567", primary: false }] }))).toContain("FN:+77011234567");
    expect(contentLines(toVCard({ ...nameless, emails: [{ address: "a@b.kz", primary: true }] }))).toContain("FN:a@b.kz");
    expect(contentLines(toVCard(nameless))).toContain("FN:");
  });

  it("writes address types and skips empty addresses", () => {
    const card = toVCard({
      ...anna,
      addresses: [
        { kind: "work", city: "Warszawa", country: "Polska" },
        { kind: "mailing", line1: "а/я 15", city: "Киев", region: "Киевская обл.", postalCode: "01001" },
        { kind: "registration", line1: "пр. Мира 1", city: "Москва" },
        { kind: "home", line1: " ", city: null },
      ],
    });
    expect(contentLines(card).filter((line) => line.startsWith("ADR"))).toEqual([
      "ADR;TYPE=WORK:;;;Warszawa;;;Polska",
      "ADR;TYPE=POSTAL:;;а/я 15;Киев;Киевская обл.;01001;",
      "ADR;TYPE=X-REGISTRATION:;;пр. Мира 1;Москва;;;",
    ]);
  });

  it("folds long lines at 75 octets without cutting a character", () => {
    const note = "Клиентка предпочитает нюдовые оттенки, аллергия на латекс; записывать на утро. ".repeat(6);
    const card = toVCard({ ...anna, note });
    const physical = card.split("\r\n").slice(0, -1);
    expect(physical.length).toBeGreaterThan(contentLines(card).length);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    // Lines are filled: a continuation line breaks only when the next character does not fit.
    const noteLines = physical.slice(physical.findIndex((line) => line.startsWith("NOTE:")), -1);
    for (const line of noteLines.slice(0, -1)) expect(octets(line)).toBeGreaterThanOrEqual(74);
    expect(noteLines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(contentLines(card)).toContain(`NOTE:${note.trim().replace(/,/g, "\\,").replace(/;/g, "\\;")}`);
  });

  it("leaves lines of 75 octets alone", () => {
    const note = "x".repeat(75 - "NOTE:".length);
    expect(toVCard({ ...anna, note })).toContain(`\r\nNOTE:${note}\r\n`);
    expect(toVCard({ ...anna, note: `${note}y` })).toContain(`\r\nNOTE:${note}\r\n y\r\n`);
  });
});

describe("foldLine", () => {
  it("starts continuation lines with a space that counts toward 75 octets", () => {
    const folded = foldLine("a".repeat(200));
    expect(folded.split("\r\n").map((line) => line.length)).toEqual([75, 75, 52]);
    expect(folded.replace(/\r\n /g, "")).toBe("a".repeat(200));
  });

  it("does not split multibyte characters", () => {
    // "Ж" is 2 octets: 37 fit in 74 octets, the 38th would make 76.
    const folded = foldLine(`N${"Ж".repeat(100)}`);
    const lines = folded.split("\r\n");
    expect(lines.map(octets)).toEqual([75, 75, 53]);
    expect(lines[0]).toBe(`N${"Ж".repeat(37)}`);
    expect(unfold(folded)).toBe(`N${"Ж".repeat(100)}`);
  });

  it("does not split 4-octet emoji or an escape sequence", () => {
    expect(foldLine(`${"a".repeat(71)}💅`)).toBe(`${"a".repeat(71)}💅`); // exactly 75 octets
    const emoji = foldLine(`${"a".repeat(72)}💅b`);
    expect(emoji.split("\r\n")).toEqual(["a".repeat(72), " 💅b"]);
    const escape = foldLine(`${"a".repeat(74)}\\nb`);
    expect(escape.split("\r\n")).toEqual(["a".repeat(74), " \\nb"]);
  });
});

describe("vCardFileName", () => {
  it.each<[string, string, string]>([
    ["Иванова", "Анна", "Ivanova_Anna.vcf"],
    ["Жұмабаева", "Айгүль", "Zhumabaeva_Ajguel.vcf"],
    ["Қасымова", "Әсел", "Khasymova_Aesel.vcf"],
    ["Шевченко", "Олена", "Shevchenko_Olena.vcf"],
    ["Żak-Ćwik", "Łucja", "Zak-Cwik_Lucja.vcf"],
    ["Ёлкина", "Ольга Мария", "Yolkina_Olga-Mariya.vcf"],
    ["O'Brien", "Ann", "Obrien_Ann.vcf"],
    ["", "Анна", "Anna.vcf"],
    ["Ivanova", "  ", "Ivanova.vcf"],
    ["", "", "contact.vcf"],
    ["李", "🙂", "contact.vcf"],
    ["../../etc/passwd", "", "Etcpasswd.vcf"],
  ])("%s %s → %s", (lastName, firstName, expected) => {
    expect(vCardFileName({ lastName, firstName })).toBe(expected);
  });

  it("stays short and safe", () => {
    const name = vCardFileName({ lastName: "Константинопольская".repeat(10), firstName: "Анна" });
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*\.vcf$/);
  });
});
