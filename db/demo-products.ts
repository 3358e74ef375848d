// The demo consultant's catalogue (a direct-selling beauty line, Almaty): names and
// descriptions in Russian, prices in tiyn (12 500 ₸ = 1_250_000). SKUs are unique.

type DemoProduct = { sku: string; name: string; category: string; price: number; description: string };

const tenge = (amount: number) => amount * 100;

const face = "Уход за лицом";
const cleansing = "Очищение";
const makeup = "Макияж";
const eyes = "Глаза и брови";
const fragrance = "Ароматы";
const body = "Уход за телом";
const men = "Для мужчин";
const sets = "Наборы";

export const demoProducts: DemoProduct[] = [
  { sku: "SC-1001", name: "Увлажняющий крем для нормальной и сухой кожи", category: face, price: tenge(11900), description: "Дневной крем с гиалуроновой кислотой и маслом ши: увлажняет до 24 часов, не оставляет жирного блеска." },
  { sku: "SC-1002", name: "Матирующий гель-крем для жирной кожи", category: face, price: tenge(11900), description: "Лёгкая текстура с цинком и экстрактом зелёного чая, сужает поры и держит матовость до вечера." },
  { sku: "SC-1003", name: "Ночной восстанавливающий крем", category: face, price: tenge(13500), description: "Пептиды и масло шиповника восстанавливают кожу за ночь; утром лицо выглядит отдохнувшим." },
  { sku: "SC-1004", name: "Сыворотка с витамином C", category: face, price: tenge(16900), description: "10 % стабильного витамина C выравнивает тон и придаёт сияние. Наносить утром под крем с SPF." },
  { sku: "SC-1005", name: "Сыворотка с ретинолом 0,3 %", category: face, price: tenge(18500), description: "Для зрелой кожи: разглаживает мелкие морщины. Начинать с двух вечеров в неделю." },
  { sku: "SC-1006", name: "Крем для кожи вокруг глаз", category: face, price: tenge(10900), description: "Кофеин и пептиды уменьшают отёки и тёмные круги; металлический аппликатор охлаждает." },
  { sku: "SC-1007", name: "Дневной крем SPF 30", category: face, price: tenge(12900), description: "Увлажнение и защита от солнца в одном средстве; подходит под макияж." },
  { sku: "SC-1008", name: "Солнцезащитный флюид SPF 50", category: face, price: tenge(9900), description: "Невесомый флюид без белых следов, для городского солнца и поездок в горы." },
  { sku: "SC-1009", name: "Тканевая маска «Сияние», 5 шт.", category: face, price: tenge(4500), description: "Экспресс-уход за 15 минут перед праздником: ниацинамид и экстракт жемчуга." },
  { sku: "SC-1010", name: "Маска с белой глиной", category: face, price: tenge(7900), description: "Очищает поры и снимает воспаления; наносить 1–2 раза в неделю на 10 минут." },
  { sku: "SC-1011", name: "Антивозрастной лифтинг-крем", category: face, price: tenge(21900), description: "Коллаген и экстракт водорослей подтягивают овал лица; для кожи после 40." },
  { sku: "CL-2001", name: "Очищающий гель для умывания", category: cleansing, price: tenge(6900), description: "Мягкий гель с алоэ вера не сушит кожу, подходит для ежедневного умывания утром и вечером." },
  { sku: "CL-2002", name: "Мицеллярная вода, 400 мл", category: cleansing, price: tenge(5900), description: "Снимает макияж, в том числе с глаз, без трения и смывания." },
  { sku: "CL-2003", name: "Гидрофильное масло", category: cleansing, price: tenge(8500), description: "Растворяет стойкий макияж и SPF, с водой превращается в молочко." },
  { sku: "CL-2004", name: "Тоник с AHA-кислотами", category: cleansing, price: tenge(7500), description: "Мягко отшелушивает и выравнивает текстуру кожи; использовать вечером." },
  { sku: "CL-2005", name: "Очищающая пенка для чувствительной кожи", category: cleansing, price: tenge(6500), description: "Без отдушек и спирта, с пантенолом и экстрактом овса." },
  { sku: "CL-2006", name: "Скраб для лица с абрикосовыми косточками", category: cleansing, price: tenge(5500), description: "Обновляет кожу и помогает крему впитаться; 1–2 раза в неделю." },
  { sku: "CL-2007", name: "Средство для снятия макияжа с глаз", category: cleansing, price: tenge(4900), description: "Двухфазная формула легко снимает водостойкую тушь." },
  { sku: "MU-3001", name: "Тональная основа с эффектом сияния", category: makeup, price: tenge(12500), description: "Среднее покрытие, стойкость до 12 часов, 12 оттенков. Подбираем тон на встрече." },
  { sku: "MU-3002", name: "Матовая тональная основа", category: makeup, price: tenge(12500), description: "Плотное покрытие без эффекта маски для жирной и комбинированной кожи." },
  { sku: "MU-3003", name: "Тональный BB-крем SPF 15", category: makeup, price: tenge(9900), description: "Лёгкий тон, увлажнение и защита от солнца на каждый день." },
  { sku: "MU-3004", name: "Консилер с кисточкой", category: makeup, price: tenge(7900), description: "Маскирует тёмные круги и покраснения, не забивается в морщинки." },
  { sku: "MU-3005", name: "Компактная пудра", category: makeup, price: tenge(8900), description: "Шелковистая пудра с зеркалом и спонжем для поправки макияжа в течение дня." },
  { sku: "MU-3006", name: "Румяна «Персик»", category: makeup, price: tenge(6900), description: "Запечённые румяна с лёгким сиянием, естественный свежий цвет лица." },
  { sku: "MU-3007", name: "Хайлайтер «Шампань»", category: makeup, price: tenge(7500), description: "Тонкий перламутр для скул, спинки носа и над губой." },
  { sku: "MU-3008", name: "Праймер под макияж", category: makeup, price: tenge(8500), description: "Выравнивает поверхность кожи и продлевает стойкость тона." },
  { sku: "MU-3009", name: "Губная помада «Красный бархат»", category: makeup, price: tenge(6500), description: "Кремовая помада с насыщенным цветом и маслами для мягкости губ." },
  { sku: "MU-3010", name: "Матовая жидкая помада «Нюд»", category: makeup, price: tenge(6900), description: "Стойкая матовая помада, не сушит губы; держится до 8 часов." },
  { sku: "MU-3011", name: "Блеск для губ «Розовый кварц»", category: makeup, price: tenge(5500), description: "Нелипкий блеск с эффектом объёма и лёгким ароматом ванили." },
  { sku: "MU-3012", name: "Карандаш для губ «Нюд»", category: makeup, price: tenge(3900), description: "Мягкий карандаш для контура и заполнения губ перед помадой." },
  { sku: "MU-3013", name: "Бальзам для губ с SPF 15", category: makeup, price: tenge(2900), description: "Питает и защищает губы от ветра и солнца." },
  { sku: "EY-4001", name: "Тушь для ресниц «Объём»", category: eyes, price: tenge(6900), description: "Густая тушь без комочков: объём и чёткое разделение ресниц." },
  { sku: "EY-4002", name: "Водостойкая тушь для ресниц", category: eyes, price: tenge(6900), description: "Не осыпается и не отпечатывается; снимается двухфазным средством." },
  { sku: "EY-4003", name: "Палетка теней «Нюд», 9 оттенков", category: eyes, price: tenge(14900), description: "Матовые и сияющие оттенки для дневного и вечернего макияжа." },
  { sku: "EY-4004", name: "Кремовые тени «Бронза»", category: eyes, price: tenge(5900), description: "Наносятся пальцем за секунды и держатся весь день." },
  { sku: "EY-4005", name: "Гелевая подводка для глаз, чёрная", category: eyes, price: tenge(5500), description: "Стойкая подводка с кисточкой для чёткой стрелки." },
  { sku: "EY-4006", name: "Карандаш для бровей с щёточкой", category: eyes, price: tenge(4500), description: "Три оттенка: светло-коричневый, коричневый, тёмно-коричневый." },
  { sku: "EY-4007", name: "Гель для бровей фиксирующий", category: eyes, price: tenge(4900), description: "Прозрачный гель укладывает и фиксирует брови на весь день." },
  { sku: "EY-4008", name: "Сыворотка для роста ресниц", category: eyes, price: tenge(11500), description: "Пептиды и биотин укрепляют ресницы; заметный результат через 4–6 недель." },
  { sku: "FR-5001", name: "Парфюмерная вода «Белый жасмин», 50 мл", category: fragrance, price: tenge(24900), description: "Цветочный аромат: жасмин, бергамот и белый мускус." },
  { sku: "FR-5002", name: "Парфюмерная вода «Восточная роза», 50 мл", category: fragrance, price: tenge(26900), description: "Роза, уд и ваниль — тёплый вечерний аромат." },
  { sku: "FR-5003", name: "Туалетная вода «Цитрусовый бриз», 50 мл", category: fragrance, price: tenge(17900), description: "Свежий летний аромат: лимон, грейпфрут и мята." },
  { sku: "FR-5004", name: "Парфюмерная вода «Пудровый ирис», 50 мл", category: fragrance, price: tenge(25900), description: "Нежный пудровый аромат на каждый день: ирис, фиалка, сандал." },
  { sku: "FR-5005", name: "Мини-парфюм «Белый жасмин», 10 мл", category: fragrance, price: tenge(8900), description: "Дорожный формат любимого аромата для сумочки." },
  { sku: "FR-5006", name: "Набор пробников ароматов, 6 шт.", category: fragrance, price: tenge(3500), description: "Шесть ароматов коллекции по 1,5 мл, чтобы выбрать свой." },
  { sku: "BD-6001", name: "Крем для рук «Ши и ваниль»", category: body, price: tenge(3900), description: "Питательный крем быстро впитывается, спасает руки зимой." },
  { sku: "BD-6002", name: "Лосьон для тела увлажняющий, 250 мл", category: body, price: tenge(7900), description: "Лёгкий лосьон с маслом миндаля и алоэ для ежедневного ухода." },
  { sku: "BD-6003", name: "Сахарный скраб для тела «Кокос»", category: body, price: tenge(8500), description: "Скраб с кокосовым маслом: гладкая кожа без дополнительного крема." },
  { sku: "BD-6004", name: "Гель для душа «Лаванда», 300 мл", category: body, price: tenge(4500), description: "Мягкий гель с успокаивающим ароматом лаванды для вечернего душа." },
  { sku: "BD-6005", name: "Масло для тела сухое", category: body, price: tenge(9900), description: "Смесь масел арганы и жожоба с лёгким сиянием, не оставляет следов на одежде." },
  { sku: "BD-6006", name: "Крем для ног смягчающий", category: body, price: tenge(4900), description: "Мочевина 10 % смягчает огрубевшую кожу пяток." },
  { sku: "BD-6007", name: "Антицеллюлитный гель", category: body, price: tenge(10900), description: "Кофеин и экстракт плюща тонизируют кожу бёдер и живота." },
  { sku: "MN-7001", name: "Гель для бритья для чувствительной кожи", category: men, price: tenge(5500), description: "Защищает от раздражения, бритва скользит легко." },
  { sku: "MN-7002", name: "Бальзам после бритья", category: men, price: tenge(6900), description: "Успокаивает кожу и снимает покраснение без жжения." },
  { sku: "MN-7003", name: "Увлажняющий крем для мужчин", category: men, price: tenge(8900), description: "Лёгкий матирующий крем для лица, быстро впитывается." },
  { sku: "MN-7004", name: "Туалетная вода для мужчин «Кедр», 75 мл", category: men, price: tenge(21900), description: "Древесный аромат: кедр, чёрный перец и ветивер." },
  { sku: "MN-7005", name: "Гель для умывания с углём", category: men, price: tenge(5900), description: "Глубоко очищает поры и освежает кожу после тренировки." },
  { sku: "ST-8001", name: "Набор «Чудо-уход» для сухой кожи", category: sets, price: tenge(39900), description: "Гель для умывания, тоник, дневной и ночной крем — экономия 15 % по сравнению с покупкой по отдельности." },
  { sku: "ST-8002", name: "Набор «Чистая кожа» для жирной кожи", category: sets, price: tenge(37900), description: "Очищающая пенка, тоник с кислотами, матирующий гель-крем и маска с глиной." },
  { sku: "ST-8003", name: "Подарочный набор «Восточная роза»", category: sets, price: tenge(32900), description: "Парфюмерная вода 50 мл и лосьон для тела с тем же ароматом в подарочной коробке." },
  { sku: "ST-8004", name: "Набор для губ «Идеальный нюд»", category: sets, price: tenge(12900), description: "Карандаш, матовая помада и блеск одного тона." },
  { sku: "ST-8005", name: "Мужской набор «Кедр»", category: sets, price: tenge(29900), description: "Туалетная вода, гель для бритья и бальзам после бритья — подарок на 23 февраля." },
  { sku: "ST-8006", name: "Пробный набор «Знакомство»", category: sets, price: 0, description: "Бесплатные мини-версии крема, сыворотки и тона для первой встречи." },
];
