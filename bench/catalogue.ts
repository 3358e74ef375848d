/**
 * An invented beauty catalogue for the benchmark seed (bench/orders.ts): product kinds per
 * category, each in a few lines and sizes, so a workspace gets ~200 distinct products.
 */

export const catalogueCategories: { name: string; prefix: string; kinds: string[]; price: [number, number] }[] = [
  { name: "Уход за лицом", prefix: "SC", kinds: ["Увлажняющий крем", "Ночной крем", "Сыворотка", "Тоник", "Маска", "Крем для век", "Флюид SPF 50"], price: [4_000, 25_000] },
  { name: "Очищение", prefix: "CL", kinds: ["Гель для умывания", "Мицеллярная вода", "Пенка", "Гидрофильное масло", "Скраб"], price: [3_000, 9_000] },
  { name: "Макияж", prefix: "MU", kinds: ["Тональный крем", "Пудра", "Румяна", "Помада", "Блеск для губ", "Консилер"], price: [3_500, 14_000] },
  { name: "Глаза и брови", prefix: "EY", kinds: ["Тушь", "Подводка", "Карандаш для бровей", "Тени", "Гель для бровей"], price: [2_500, 9_000] },
  { name: "Ароматы", prefix: "FR", kinds: ["Парфюмерная вода", "Туалетная вода", "Спрей для тела"], price: [9_000, 35_000] },
  { name: "Уход за телом", prefix: "BD", kinds: ["Лосьон для тела", "Гель для душа", "Крем для рук", "Масло для тела", "Дезодорант"], price: [2_000, 8_000] },
  { name: "Для мужчин", prefix: "MN", kinds: ["Гель для бритья", "Бальзам после бритья", "Туалетная вода"], price: [3_000, 20_000] },
  { name: "Наборы", prefix: "ST", kinds: ["Подарочный набор", "Дорожный набор"], price: [10_000, 40_000] },
];

export const productLines = ["«Сияние»", "«Гиалурон»", "«Роза»", "«Бархат»", "«Актив»", "«Нежность»", "«Лаванда»", "«Шёлк»", "«Кедр»", "«Жемчуг»"];
export const productSizes = ["", ", 30 мл", ", 50 мл", ", 100 мл", ", мини"];

/** Lines typed by hand on an order rather than picked from the catalogue. */
export const freeItems = [
  { name: "Доставка курьером", price: 1_000 },
  { name: "Подарочная упаковка", price: 1_500 },
  { name: "Набор пробников", price: 2_500 },
  { name: "Товар из старого каталога", price: 6_000 },
];
