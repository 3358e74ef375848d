import { describe, expect, it } from "vitest";
import { reminderTitle, type ReminderTitleRow } from "./reminder-title";
import { getTranslator } from "./translator";

const row = (fields: Partial<ReminderTitleRow>): ReminderTitleRow => ({ kind: "manual", title: "stored", step: null, orderNumber: null, clientName: null, ...fields });

describe("reminderTitle", () => {
  it("reads generated reminders in each language", async () => {
    const [ru, kk, uk, pl] = await Promise.all((["ru", "kk", "uk", "pl"] as const).map((l) => getTranslator(l)));
    const followUp = row({ kind: "follow_up", title: "№ 1234", step: 1, orderNumber: 1234 });
    expect(reminderTitle(ru, followUp)).toBe("2-й звонок после заказа № 1234");
    expect(reminderTitle(kk, followUp)).toBe("№ 1234 тапсырыстан кейінгі 2-қоңырау");
    expect(reminderTitle(uk, followUp)).toBe("2-й дзвінок після замовлення № 1234");
    expect(reminderTitle(pl, followUp)).toBe("2. telefon po zamówieniu nr 1234");

    const birthday = row({ kind: "birthday", title: "birthday", step: 0, clientName: "Омарова Дана" });
    expect(reminderTitle(ru, birthday)).toBe("День рождения: Омарова Дана");
    expect(reminderTitle(ru, { ...birthday, step: 1 })).toBe("Завтра день рождения: Омарова Дана");
    expect(reminderTitle(kk, { ...birthday, step: 1 })).toBe("Ертең туған күні: Омарова Дана");
    expect(reminderTitle(pl, { ...birthday, kind: "name_day" })).toBe("Imieniny: Омарова Дана");
    expect(reminderTitle(uk, { ...birthday, kind: "name_day", step: 1 })).toBe("Завтра іменини: Омарова Дана");

    expect(reminderTitle(ru, row({ kind: "site_order", orderNumber: 15 }))).toBe("Новый заказ с сайта № 15");
    expect(reminderTitle(pl, row({ kind: "site_registration", clientName: "Nowak Ewa" }))).toBe("Nowa rejestracja na stronie: Nowak Ewa");
  });

  it("shows the stored title of a manual reminder, or when the link it needs is gone", async () => {
    const ru = await getTranslator("ru");
    expect(reminderTitle(ru, row({ title: "Позвонить Дане" }))).toBe("Позвонить Дане");
    expect(reminderTitle(ru, row({ kind: "follow_up", title: "№ 7", step: 0 }))).toBe("№ 7");
    expect(reminderTitle(ru, row({ kind: "birthday", title: "birthday", step: 0 }))).toBe("birthday");
  });
});
