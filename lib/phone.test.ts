import { describe, expect, it } from "vitest";
import {
  formatPhone,
  parsePhone,
  phoneSearchDigits,
  queryPhoneDigits,
  smsLink,
  telLink,
  whatsappLink,
  type CountryCode,
} from "./phone";

describe("parsePhone", () => {
  it.each<[string, CountryCode, string, string, string]>([
    // input, default country, E.164, country, national digits
    ["8 701 123 45 67", "KZ", "+77011234567", "KZ", "7011234567"],
    ["87011234567", "KZ", "+77011234567", "KZ", "7011234567"],
    ["7011234567", "KZ", "+77011234567", "KZ", "7011234567"],
    ["+7 701 123 45 67", "KZ", "+77011234567", "KZ", "7011234567"],
    ["+7 (701) 123-45-67", "PL", "+77011234567", "KZ", "7011234567"],
    ["8 (916) 123-45-67", "RU", "+79161234567", "RU", "9161234567"],
    ["+48 601-234-567", "KZ", "+48601234567", "PL", "601234567"],
    ["+48 601-234-567", "UA", "+48601234567", "PL", "601234567"],
    ["0671234567", "UA", "+380671234567", "UA", "671234567"],
    ["+38 (067) 123-45-67", "KZ", "+380671234567", "UA", "671234567"],
    ["(601) 234 567", "PL", "+48601234567", "PL", "601234567"],
    ["601.234.567", "PL", "+48601234567", "PL", "601234567"],
    ["  8 -701- 123 . 45 . 67  ", "KZ", "+77011234567", "KZ", "7011234567"],
    ["8\u00a0701\u00a0123\u201345\u201367", "KZ", "+77011234567", "KZ", "7011234567"],
    ["\uff18\uff17\uff10\uff11\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "KZ", "+77011234567", "KZ", "7011234567"],
  ])("%s (%s) → %s", (input, country, e164, detected, national) => {
    expect(parsePhone(input, country)).toEqual({ ok: true, e164, country: detected, national });
  });

  it("accepts 00 as the international prefix whatever the default country", () => {
    for (const country of ["KZ", "RU", "UA", "PL"] as const) {
      expect(parsePhone("00 48 601 234 567", country)).toMatchObject({ ok: true, e164: "+48601234567", country: "PL" });
      expect(parsePhone("007 701 123 45 67", country)).toMatchObject({ ok: true, e164: "+77011234567", country: "KZ" });
    }
  });

  it("keeps the Russian 8-10 international prefix libphonenumber knows", () => {
    expect(parsePhone("8 10 48 601 234 567", "RU")).toMatchObject({ ok: true, e164: "+48601234567" });
  });

  it("tells Kazakhstan from Russia by the number, not by the default country (+7 is shared)", () => {
    expect(parsePhone("8 701 123 45 67", "RU")).toMatchObject({ e164: "+77011234567", country: "KZ" });
    expect(parsePhone("8 (916) 123-45-67", "KZ")).toMatchObject({ e164: "+79161234567", country: "RU" });
    expect(parsePhone("9161234567", "KZ")).toMatchObject({ e164: "+79161234567", country: "RU" });
    expect(parsePhone("+7 747 123 45 67", "RU")).toMatchObject({ country: "KZ" });
    expect(parsePhone("+7 727 258 12 34", "RU")).toMatchObject({ country: "KZ", national: "7272581234" });
    expect(parsePhone("+7 495 123 45 67", "KZ")).toMatchObject({ country: "RU", national: "4951234567" });
  });

  it("understands the old Ukrainian long-distance 8 only for Ukraine", () => {
    expect(parsePhone("8 067 123 45 67", "UA")).toMatchObject({ ok: true, e164: "+380671234567" });
    expect(parsePhone("8 067 123 45 67", "KZ")).toEqual({ ok: false, reason: "invalid" });
  });

  it("reads a national number for the default country only", () => {
    expect(parsePhone("0671234567", "PL")).toEqual({ ok: false, reason: "invalid" });
    expect(parsePhone("8 701 123 45 67", "UA")).toEqual({ ok: false, reason: "invalid" });
  });

  it("has no country for non-geographic numbers", () => {
    const parsed = parsePhone("+800 1234 5678", "KZ");
    expect(parsed).toEqual({ ok: true, e164: "+80012345678", national: "12345678" });
  });

  it("reports empty input", () => {
    expect(parsePhone("", "KZ")).toEqual({ ok: false, reason: "empty" });
    expect(parsePhone(" \t\n ", "KZ")).toEqual({ ok: false, reason: "empty" });
  });

  it.each([
    "12",
    "+",
    "()",
    "12345",
    "8 701 123", // too short
    "8 701 123 45 67 8", // too long
    "+7 600 123 45 67", // not a Kazakh or Russian range: possible, but not valid
    "+7 123 456 78 90",
    "+380 20 123 4567",
    "+7 701 123 45 67 wa", // text around the number
    "tel:+77011234567",
    "8 701 123 45 67 ext 12",
    "+7 701 +123 45 67",
    "7+7011234567",
    "1".repeat(18),
  ])("rejects %j", (input) => {
    expect(parsePhone(input, "KZ")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("formatPhone", () => {
  it("formats internationally by default", () => {
    expect(formatPhone("+77011234567")).toBe("+7 701 123 4567");
    expect(formatPhone("+79161234567")).toBe("+7 916 123 45 67");
    expect(formatPhone("+380671234567")).toBe("+380 67 123 4567");
    expect(formatPhone("+48601234567")).toBe("+48 601 234 567");
  });

  it("formats nationally with the trunk prefix", () => {
    expect(formatPhone("+77011234567", "national")).toBe("8 (701) 123 4567");
    expect(formatPhone("+79161234567", "national")).toBe("8 (916) 123-45-67");
    expect(formatPhone("+380671234567", "national")).toBe("067 123 4567");
    expect(formatPhone("+48601234567", "national")).toBe("601 234 567");
  });

  it.each(["", "garbage", "+", "+7", "87011234567", "+7 701 123 45 67", "+76001234567", "+7701123"])(
    "returns %j unchanged",
    (input) => {
      expect(formatPhone(input)).toBe(input);
      expect(formatPhone(input, "national")).toBe(input);
    },
  );
});

describe("phoneSearchDigits", () => {
  it("gives the national significant number and its reverse", () => {
    expect(phoneSearchDigits("+77011234567")).toEqual({ national: "7011234567", reversed: "7654321107" });
    expect(phoneSearchDigits("+380671234567")).toEqual({ national: "671234567", reversed: "765432176" });
    expect(phoneSearchDigits("+48601234567")).toEqual({ national: "601234567", reversed: "765432106" });
  });

  it("falls back to all digits for something it cannot parse", () => {
    expect(phoneSearchDigits("12-34")).toEqual({ national: "1234", reversed: "4321" });
    expect(phoneSearchDigits("")).toEqual({ national: "", reversed: "" });
  });
});

describe("queryPhoneDigits", () => {
  it.each<[string, string | null]>([
    ["7011234567", "7011234567"],
    ["701", "701"],
    ["+7 701", "701"],
    ["+7 (701) 123", "701123"],
    ["+48 601", "601"],
    ["+380 67 123", "67123"],
    ["+38 067 123", "67123"], // how Ukrainians often write it: "+38" then the 0-trunk number
    ["0048 601", "601"],
    ["00 7 701 12", "70112"],
    ["45 67", "4567"],
    ["45-67", "4567"],
    ["8 701 12", "70112"],
    ["8(916)123", "916123"],
    ["8-916", "916"],
    ["87011234567", "7011234567"],
    ["8701123", "701123"],
    ["8916123", "916123"],
    ["84951234567", "4951234567"],
    ["88001234567", "8001234567"],
    ["8800 123", "800123"],
    ["88123", "8123"],
    ["812 345", "812345"], // St Petersburg without trunk: the 8 stays
    ["8123", "8123"],
    ["831234", "831234"], // Nizhny Novgorod without trunk
    ["8495123", "8495123"], // ambiguous without a separator or all 11 digits
    ["8722 12", "72212"], // read as Kazakh: Russian 872 (Dagestan) needs its trunk
    ["8 8722 12", "872212"],
    ["77011234567", "7011234567"],
    ["380671234567", "671234567"],
    ["48601234567", "601234567"],
    ["067 123", "67123"],
    ["0671234567", "671234567"],
    ["8 067 123 45 67", "671234567"],
    ["601 234", "601234"],
    ["  701  ", "701"],
    ["\uff17\uff10\uff11", "701"],
    // too few digits
    ["", null],
    ["70", null],
    ["+7 70", null],
    ["+380", null],
    ["8 70", null],
    ["067", null],
    ["+", null],
    // letters and other text
    ["Anna", null],
    ["Анна 701", null],
    ["701a", null],
    ["tel:701", null],
    ["701+123", null],
    ["#701", null],
  ])("%j → %j", (query, expected) => {
    expect(queryPhoneDigits(query)).toBe(expected);
  });

  it("finds stored numbers by prefix", () => {
    const stored = phoneSearchDigits("+77011234567").national;
    for (const query of ["8 701 123 45 67", "+7 701 12", "87011234567", "701 123"]) {
      expect(stored.startsWith(queryPhoneDigits(query) ?? "-")).toBe(true);
    }
  });
});

describe("links", () => {
  it("builds WhatsApp, tel and sms links", () => {
    expect(whatsappLink("+77011234567")).toBe("https://wa.me/77011234567");
    expect(telLink("+77011234567")).toBe("tel:+77011234567");
    expect(smsLink("+77011234567")).toBe("sms:+77011234567");
  });

  it("drops separators so the links stay valid", () => {
    expect(whatsappLink("+48 601 234 567")).toBe("https://wa.me/48601234567");
    expect(telLink("+48 601-234-567")).toBe("tel:+48601234567");
    expect(smsLink("+380 (67) 123 45 67")).toBe("sms:+380671234567");
  });
});

describe("queryPhoneDigits: short fragments starting with 00", () => {
  it("reads them as the end of a number, not an international prefix", () => {
    expect(queryPhoneDigits("0012")).not.toBeNull();
    expect(queryPhoneDigits("00 48 601 234 567")).toBe("601234567");
  });
});
