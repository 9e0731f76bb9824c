"""Material for the demo database: names, places, people and the words of their cases.

Everything here is fictional. Names are common given names and fathers'
names combined at random (no public figure's name pair is listed); numbers
only look like real ones. The narratives are restrained on purpose: a demo is
shown to colleagues, trainees and partners.

Each name is kept in the forms people really write it: Kazakh Cyrillic, the
Latin used in Kazakhstan, and for a Chinese passport the Chinese
transliteration with its pinyin; Uyghur names also in the Arabic script, Dari
names in the Perso-Arabic script.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

# ---------------------------------------------------------------------------
# names


@dataclass(frozen=True)
class Given:
    """One name in the forms it is written in: Cyrillic, Latin, Chinese, Arabic."""

    cyr: str
    lat: str
    han: str = ""
    arab: str = ""


def _g(rows: str) -> tuple[Given, ...]:
    """Rows of ``cyr lat han [arab]`` separated by ``|`` (kept compact to read as a table)."""
    out = []
    for row in rows.strip().splitlines():
        parts = [p.strip() for p in row.split("|")]
        out.append(Given(*parts))
    return tuple(out)


KAZAKH_MALE = _g("""
Ерлан | Erlan | 叶尔兰
Серік | Serik | 塞力克
Нұрлан | Nurlan | 努尔兰
Бауыржан | Bauyrzhan | 包尔江
Асхат | Askhat | 阿斯哈提
Ержан | Erzhan | 叶尔江
Қайрат | Kairat | 凯拉提
Дәулет | Daulet | 达吾列提
Арман | Arman | 阿尔曼
Мұрат | Murat | 木拉提
Бекзат | Bekzat | 别克扎提
Жанболат | Zhanbolat | 加恩波拉提
Қуаныш | Kuanysh | 宽尼西
Нұрбол | Nurbol | 努尔波力
Ғалымжан | Galymzhan | 哈力木江
Талғат | Talgat | 塔力哈提
Ерболат | Erbolat | 叶尔波拉提
Мейрамбек | Meirambek | 美拉木别克
Әділет | Adilet | 阿地力
Жақсылық | Zhaksylyk | 加克斯勒克
Оралхан | Oralkhan | 吾拉勒汗
Тұрсынбек | Tursynbek | 吐尔逊别克
Бақытжан | Bakytzhan | 巴合提江
Ақылбек | Akylbek | 阿克勒别克
Сұлтан | Sultan | 苏力坦
Дархан | Darkhan | 达尔汗
Мақсат | Maksat | 马合沙提
Ерғали | Ergali | 叶尔哈力
""")

# Fathers of today's applicants: names of an older generation.
KAZAKH_ELDER = _g("""
Нұрғали | Nurgali | 努尔哈力
Жұмабек | Zhumabek | 居马别克
Тоқтар | Toktar | 托合塔尔
Бейсен | Beisen | 拜森
Оспан | Ospan | 吾斯潘
Қасым | Kasym | 哈斯木
Сапар | Sapar | 沙帕尔
Болат | Bolat | 波拉提
Тілеу | Tileu | 特列吾
Есен | Esen | 叶森
Ахмет | Akhmet | 阿合买提
Дүйсен | Duisen | 都依森
Сәрсен | Sarsen | 沙尔森
Жақып | Zhakyp | 加克甫
Қабдеш | Kabdesh | 哈布岱西
Құрманғали | Kurmangali | 库尔曼哈力
Әбдірахман | Abdirakhman | 阿不都热合曼
Мұхамедқали | Mukhamedkali | 木哈买德哈力
""")

KAZAKH_FEMALE = _g("""
Айгүл | Aigul | 阿依古丽
Гүлнар | Gulnar | 古丽娜尔
Динара | Dinara | 迪娜拉
Әсел | Asel | 阿赛力
Жанар | Zhanar | 加娜尔
Сәуле | Saule | 萨吾列
Ақмарал | Akmaral | 阿克玛热力
Гүлжан | Gulzhan | 古丽江
Мөлдір | Moldir | 莫勒迪尔
Нұргүл | Nurgul | 努尔古丽
Айнұр | Ainur | 阿依努尔
Бақытгүл | Bakytgul | 巴合提古丽
Салтанат | Saltanat | 萨勒塔娜提
Әйгерім | Aigerim | 阿依格热木
Ұлжан | Ulzhan | 吾勒江
Зәуре | Zaure | 扎吾热
Назгүл | Nazgul | 那孜古丽
Жазира | Zhazira | 加孜拉
Бибігүл | Bibigul | 比比古丽
Шолпан | Sholpan | 肖勒潘
""")

UYGHUR_MALE = _g("""
Мухәммәт | Muhemmet | 买买提 | مۇھەممەت
Абдулла | Abdulla | 阿不都拉 | ئابدۇللا
Әкбәр | Ekber | 艾克拜尔 | ئەكبەر
Турсун | Tursun | 吐尔逊 | تۇرسۇن
Абликим | Ablikim | 阿布力克木 | ئابلىكىم
Әркин | Erkin | 艾尔肯 | ئەركىن
Ясин | Yasin | 亚森 | ياسىن
Нурмәмәт | Nurmemet | 努尔麦麦提 | نۇرمەمەت
Қурбан | Qurban | 库尔班 | قۇربان
Абдувәли | Abduweli | 阿不都外力 | ئابدۇۋەلى
Әхмәт | Ehmet | 艾合买提 | ئەھمەت
Муса | Musa | 木沙 | مۇسا
Җүмә | Jume | 居马 | جۈمە
Савут | Sawut | 沙吾提 | ساۋۇت
Рози | Rozi | 肉孜 | روزى
Қасим | Qasim | 卡斯木 | قاسىم
""")

UYGHUR_FEMALE = _g("""
Гүлниса | Gulnisa | 古丽尼沙 | گۈلنىسا
Айнур | Aynur | 阿依努尔 | ئاينۇر
Патигүл | Patigul | 帕提古丽 | پاتىگۈل
Нигарә | Nigare | 尼加拉 | نىگارە
Майинур | Mayinur | 玛依努尔 | مايىنۇر
Рәйһангүл | Reyhangul | 热依汗古丽 | رەيھانگۈل
Мәрйәм | Meryem | 麦尔燕 | مەريەم
Ханзидә | Xanzide | 汗孜旦 | خانزىدە
""")

KYRGYZ_MALE = _g("""
Бакыт | Bakyt | 巴克特
Азамат | Azamat | 阿扎马特
Нурбек | Nurbek | 努尔别克
Эрмек | Ermek | 艾尔迈克
Талант | Talant | 塔兰特
Мирлан | Mirlan | 米尔兰
Жоомарт | Zhoomart | 卓玛尔特
Айбек | Aibek | 艾别克
Өмүрбек | Omurbek | 吾木尔别克
""")

KYRGYZ_ELDER = _g("""
Асан | Asan | 阿散
Осмон | Osmon | 奥斯曼
Мамыт | Mamyt | 马木特
Сыдык | Sydyk | 斯迪克
Жумабай | Zhumabai | 居马拜
Токтосун | Toktosun | 托克托逊
Абдыкадыр | Abdykadyr | 阿布德卡德尔
Мамбет | Mambet | 曼拜特
""")

KYRGYZ_FEMALE = _g("""
Айзада | Aizada | 阿依扎达
Гүлзат | Gulzat | 古丽扎特
Жылдыз | Zhyldyz | 吉勒德孜
Чолпон | Cholpon | 乔勒潘
Бермет | Bermet | 拜尔麦特
Айпери | Aiperi | 阿依派日
""")

# Han names: the Cyrillic is the Palladius system used in Kazakhstan and Russia.
HAN_SURNAMES = _g("""
Ван | Wang | 王
Ли | Li | 李
Чжан | Zhang | 张
Лю | Liu | 刘
Чэнь | Chen | 陈
Ян | Yang | 杨
Чжао | Zhao | 赵
Хуан | Huang | 黄
Чжоу | Zhou | 周
У | Wu | 吴
Сюй | Xu | 徐
Сунь | Sun | 孙
Го | Guo | 郭
Хэ | He | 何
Линь | Lin | 林
Гао | Gao | 高
""")

HAN_MALE = _g("""
Вэй | Wei | 伟
Лэй | Lei | 磊
Чжицян | Zhiqiang | 志强
Хайфэн | Haifeng | 海峰
Вэньбо | Wenbo | 文博
Цзюньцзе | Junjie | 俊杰
Сяомин | Xiaoming | 晓明
Гохуа | Guohua | 国华
Пэн | Peng | 鹏
""")

HAN_FEMALE = _g("""
Лицзюань | Lijuan | 丽娟
Сюин | Xiuying | 秀英
Тин | Ting | 婷
Сюэмэй | Xuemei | 雪梅
Хунся | Hongxia | 红霞
Цзин | Jing | 静
Хуэйминь | Huimin | 慧敏
Сяоянь | Xiaoyan | 晓燕
""")

# Dari names: Latin as in an Afghan passport, Cyrillic as a Kazakh officer writes it.
AFGHAN_MALE = _g("""
Фарид | Farid | | فرید
Хабибулла | Habibullah | | حبیب الله
Сохраб | Sohrab | | سهراب
Джавад | Jawad | | جواد
Мустафа | Mustafa | | مصطفی
Насир | Nasir | | ناصر
Хамид | Hamid | | حمید
""")

AFGHAN_FEMALE = _g("""
Мариам | Mariam | | مریم
Захра | Zahra | | زهرا
Фатима | Fatima | | فاطمه
Шабнам | Shabnam | | شبنم
Нилофар | Nilofar | | نیلوفر
""")

AFGHAN_SURNAMES = _g("""
Рахими | Rahimi | | رحیمی
Ахмади | Ahmadi | | احمدی
Карими | Karimi | | کریمی
Султани | Sultani | | سلطانی
Назари | Nazari | | نظری
Хусайни | Hussaini | | حسینی
Джафари | Jafari | | جعفری
Мохаммади | Mohammadi | | محمدی
""")

# pypinyin reads these characters as in ordinary words; in transliterated
# names they are read so.
_PINYIN_IN_NAMES = {"勒": "le", "都": "du", "阿": "a", "塞": "sai"}


def pinyin(han: str) -> str:
    """Passport-style pinyin of a Chinese transliteration: 叶尔兰 -> Yeerlan."""
    syllables = [_PINYIN_IN_NAMES.get(ch) or lazy_pinyin(ch, style=Style.NORMAL)[0]
                 for ch in han if ch != "·"]
    return "".join(syllables).capitalize()


_KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def russian_spelling(text: str) -> str:
    """Kazakh Cyrillic as typed on a Russian keyboard: Серікұлы -> Серикулы."""
    return text.translate(_KAZAKH_TO_RUSSIAN)


def english_spelling(latin: str) -> str:
    """The English-style variant people also write: Erlan -> Yerlan."""
    return "Y" + latin if latin.startswith("E") else latin


# ---------------------------------------------------------------------------
# the commission's people (accounts) and the people around the cases

COMMISSION_NAME = "Ақмола облысы бойынша босқын мәртебесін беру жөніндегі өңірлік комиссия"
COMMISSION_ADDRESS = "020000, Көкшетау қ., Мысал көшесі, 1 (демонстрациялық мекенжай)"
SIGNATORY = "Бауыржан Ермеков"

#: What the demo's printed documents say about the commission, per language.
DOCUMENT_TEXTS = {
    "name": {
        "kk": COMMISSION_NAME,
        "ru": "Региональная комиссия по присвоению статуса беженца по Акмолинской области",
        "en": "Akmola Regional Commission for Refugee Status Determination",
    },
    "address": {
        "kk": COMMISSION_ADDRESS,
        "ru": "020000, г. Кокшетау, ул. Примерная, 1 (демонстрационный адрес)",
        "en": "1 Example Street, Kokshetau 020000 (demonstration address)",
    },
    "signatory_title": {
        "kk": "Комиссия төрағасы",
        "ru": "Председатель комиссии",
        "en": "Chair of the Commission",
    },
    "appeal_court": {
        "kk": "Ақмола облысының мамандандырылған ауданаралық әкімшілік соты",
        "ru": "Специализированный межрайонный административный суд Акмолинской области",
        "en": "Specialised Inter-district Administrative Court of Akmola Region",
    },
}

ACCOUNTS = (
    # username, role, display name
    ("officer", "officer", "Айжан Бекова"),
    ("officer2", "officer", "Данияр Сәрсенов"),
    ("supervisor", "supervisor", "Гүлнар Қасымова"),
    ("supervisor2", "supervisor", SIGNATORY),
    ("clerk", "clerk", "Ләззат Омарова"),
)


@dataclass(frozen=True)
class Lawyer:
    full_name: str
    organisation: str
    licence: str
    phone: str
    email: str


LAWYERS = (
    Lawyer("Жанна Оспанова", "«Әділ жол» адвокаттық кеңсесі", "0102417", "+7 701 555 21 40",
           "ospanova.law@example.com"),
    Lawyer("Марат Сейітқалиев", "Адвокатская контора «Сеитқалиев и партнёры»", "0098833",
           "+7 702 555 67 12", "m.seitkaliev@example.com"),
    Lawyer("Айгерім Тоқтарова", "Юридическая консультация № 3, Кокшетау", "0110264",
           "+7 707 555 04 88", "toktarova.a@example.com"),
    Lawyer("Ерболат Мұқанов", "«Құқық көмегі» заң орталығы", "0087751", "+7 705 555 90 31",
           "mukanov@example.org"),
    Lawyer("Светлана Пак", "Бюро юридической помощи «Пак и коллеги»", "0121090",
           "+7 776 555 33 19", "s.pak@example.org"),
)


@dataclass(frozen=True)
class InterpreterData:
    full_name: str
    languages: str
    gender: str
    organisation: str
    phone: str


# None of them works for a lawyer's office above: the commission keeps them independent.
INTERPRETERS = (
    InterpreterData("Абдурахим Нурмаметов", "ug,kk,ru", "male", "«Тіл көпірі» аударма бюросы",
                    "+7 701 555 48 02"),
    InterpreterData("Гүлмира Әбдіқадырова", "ug,kk,zh", "female", "", "+7 747 555 12 60"),
    InterpreterData("Ли Синь (Li Xin)", "zh,ru,kk", "female", "«Тіл көпірі» аударма бюросы",
                    "+7 708 555 73 15"),
    InterpreterData("Айбек Токтосунов", "ky,ru,kk", "male", "", "+7 700 555 26 91"),
    InterpreterData("Фарзана Юсупова", "fa,ps,ru", "female", "Переводческое агентство «Лингва-Север»",
                    "+7 771 555 80 44"),
    InterpreterData("Нұржан Қалиев", "kk,zh,ru", "male", "", "+7 702 555 39 27"),
)

OFFICES = (
    "Migration Service, Kokshetau, room 14",
    "Migration Service, Kokshetau, interview room 2",
    "Migration Service office, Stepnogorsk",
    "Migration Service office, Shchuchinsk",
)

AKMOLA_TOWNS = ("Kokshetau", "Kokshetau", "Kokshetau", "Stepnogorsk", "Shchuchinsk",
                "Atbasar", "Akkol", "Makinsk", "Esil", "Zhaksy")
STREETS = ("Abay St.", "Auezov St.", "Zhambyl St.", "Gorky St.", "Kuanyshev St.",
           "Ualikhanov St.", "microdistrict Vostok", "Baimukanov St.")

# ---------------------------------------------------------------------------
# places


@dataclass(frozen=True)
class Origin:
    place: str  # as written in "place of birth"
    county: str  # short, for narratives
    area_code: str  # first six digits of a Chinese resident identity number
    border: str  # key of BORDER_POINTS nearest to it


_ILI = "Ili Kazakh Autonomous Prefecture, Xinjiang, China"
_TACHENG = "Tacheng Prefecture, Ili, Xinjiang, China"
_ALTAY = "Altay Prefecture, Ili, Xinjiang, China"

KAZAKH_ORIGINS = (
    Origin(f"Tekes County, {_ILI}", "Tekes", "654027", "zharkent"),
    Origin(f"Nilka County, {_ILI}", "Nilka", "654028", "khorgos"),
    Origin(f"Künes (Xinyuan) County, {_ILI}", "Künes", "654025", "kolzhat"),
    Origin(f"Mongolküre (Zhaosu) County, {_ILI}", "Mongolküre", "654026", "kolzhat"),
    Origin(f"Ghulja (Yining), {_ILI}", "Ghulja", "654002", "khorgos"),
    Origin(f"Tokkuztara (Gongliu) County, {_ILI}", "Tokkuztara", "654024", "zharkent"),
    Origin(f"Shäueshek (Tacheng), {_TACHENG}", "Shäueshek", "654201", "bakhty"),
    Origin(f"Dörbiljin (Emin) County, {_TACHENG}", "Dörbiljin", "654221", "bakhty"),
    Origin(f"Toli County, {_TACHENG}", "Toli", "654224", "dostyk"),
    Origin(f"Burjin (Burqin) County, {_ALTAY}", "Burjin", "654321", "maikapshagai"),
    Origin(f"Köktogay (Fuyun) County, {_ALTAY}", "Köktogay", "654322", "maikapshagai"),
    Origin(f"Shingil (Qinghe) County, {_ALTAY}", "Shingil", "654325", "maikapshagai"),
    Origin(f"Kaba (Habahe) County, {_ALTAY}", "Kaba", "654324", "maikapshagai"),
    Origin("Mori Kazakh Autonomous County, Changji, Xinjiang, China", "Mori", "652328", "khorgos"),
)

UYGHUR_ORIGINS = (
    Origin("Kashgar, Xinjiang, China", "Kashgar", "653101", "khorgos"),
    Origin("Hotan, Xinjiang, China", "Hotan", "653201", "khorgos"),
    Origin("Aksu, Xinjiang, China", "Aksu", "652901", "kolzhat"),
    Origin(f"Ghulja (Yining), {_ILI}", "Ghulja", "654002", "kolzhat"),
    Origin("Turpan, Xinjiang, China", "Turpan", "650402", "khorgos"),
    Origin("Ürümchi, Xinjiang, China", "Ürümchi", "650102", "khorgos"),
)

KYRGYZ_ORIGINS = (
    Origin("Artux, Kizilsu Kyrgyz Autonomous Prefecture, Xinjiang, China", "Artux", "653001",
           "korday"),
    Origin("Akqi County, Kizilsu Kyrgyz Autonomous Prefecture, Xinjiang, China", "Akqi", "653023",
           "korday"),
    Origin("Ulugqat (Wuqia) County, Kizilsu Kyrgyz Autonomous Prefecture, Xinjiang, China",
           "Ulugqat", "653024", "korday"),
)

HAN_ORIGINS = (
    Origin("Ürümchi, Xinjiang, China", "Ürümchi", "650102", "khorgos"),
    Origin("Shihezi, Xinjiang, China", "Shihezi", "659001", "khorgos"),
    Origin("Nanyang, Henan, China", "Nanyang", "411302", "airport"),
    Origin("Chengdu, Sichuan, China", "Chengdu", "510104", "airport"),
)

AFGHAN_ORIGINS = (
    Origin("Jaghori District, Ghazni, Afghanistan", "Jaghori", "", "uzbek"),
    Origin("Kabul, Afghanistan", "Kabul", "", "airport"),
    Origin("Mazar-i-Sharif, Balkh, Afghanistan", "Mazar-i-Sharif", "", "uzbek"),
    Origin("Bamyan, Afghanistan", "Bamyan", "", "uzbek"),
)


@dataclass(frozen=True)
class BorderPoint:
    checkpoint: str  # where a regular crossing happens
    irregular: str  # where people cross outside a checkpoint ("" if nobody does here)
    court: str  # the district court that tries illegal crossings there
    town: str  # where the border service takes people first
    from_country: str


BORDER_POINTS = {
    "khorgos": BorderPoint("Nur Zholy checkpoint, Khorgos",
                           "mountain area south of the Khorgos river, Panfilov district",
                           "Panfilov District Court, Zhetysu Region", "Zharkent", "CHN"),
    "zharkent": BorderPoint("Nur Zholy checkpoint, Khorgos",
                            "border area north-east of Zharkent, Panfilov district",
                            "Panfilov District Court, Zhetysu Region", "Zharkent", "CHN"),
    "kolzhat": BorderPoint("Kolzhat checkpoint, Uighur district",
                           "steppe near Kolzhat, Uighur district",
                           "Uighur District Court, Almaty Region", "Chundzha", "CHN"),
    "bakhty": BorderPoint("Bakhty checkpoint, Tarbagatai district",
                          "hills west of the Bakhty checkpoint, Tarbagatai district",
                          "Tarbagatai District Court, Abai Region", "Bakhty", "CHN"),
    "dostyk": BorderPoint("Dostyk checkpoint, Alakol district",
                          "Alakol lake area near Dostyk",
                          "Alakol District Court, Zhetysu Region", "Ushtobe", "CHN"),
    "maikapshagai": BorderPoint("Maikapshagai checkpoint, Zaisan district",
                                "mountain pass near Maikapshagai, Zaisan district",
                                "Zaisan District Court, East Kazakhstan Region", "Zaisan", "CHN"),
    "korday": BorderPoint("Korday checkpoint (from Kyrgyzstan)", "",
                          "", "Korday", "KGZ"),
    "uzbek": BorderPoint("Zhibek Zholy checkpoint (from Uzbekistan)", "", "", "Saryagash", "UZB"),
    "airport": BorderPoint("Astana International Airport", "", "", "Astana", "TUR"),
}

APPEAL_COURT = "Specialised Inter-district Administrative Court of Akmola Region"

# ---------------------------------------------------------------------------
# what people did and went through

#: Jobs as people name them at interview: (anyone, men, women).
JOBS = {
    "rural": (("taught at the village school", "ran a small clothes shop at the bazaar",
               "grew wheat on our family's land", "worked as a vet's assistant"),
              ("kept sheep and cattle with my father", "worked as a driver for a building firm",
               "worked as a welder", "worked at a coal mine"),
              ("sewed clothes at home for the bazaar", "worked at the township clinic")),
    "city": (("worked as an accountant", "sold mobile phones", "worked as a cook in a canteen",
              "worked for a logistics company"),
             ("drove a taxi",), ("worked as a nurse",)),
    "afghan": (("taught at a girls' school", "worked as a clerk at the district administration",
                "worked for a private radio station"),
               ("worked as a driver for an aid organisation",),
               ("worked as a midwife at a health centre",)),
}


def job(rng: random.Random, kind: str, male: bool) -> str:
    anyone, men, women = JOBS[kind]
    return rng.choice(anyone + (men if male else women))

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def month_text(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


@dataclass
class StoryFacts:
    """The facts the texts of one case are made of (all fictional)."""

    story: str
    name: str  # Latin, for the interview record
    he: str  # "he" or "she"
    his: str
    county: str
    birthplace: str
    job: str
    event_year: int
    event_start: str  # PartialDate text
    event_end: str
    event_months: int
    threat_year: int
    crossing: str
    crossing_month: str
    irregular: bool
    town: str
    family: str
    kin: str  # "brother": the relative the story's family incident concerns
    kin_name: str
    relative_fate: str
    has_interpreter: bool
    weak: bool  # the claim is thin (used for refusals)

    @property
    def relative(self) -> str:
        """As the applicant says it: "my brother Nurlan"."""
        return f"my {self.kin} {self.kin_name}"

    @property
    def relative_3rd(self) -> str:
        """As the officer writes it: "his brother Nurlan"."""
        return f"{self.his} {self.kin} {self.kin_name}"

    @property
    def him(self) -> str:
        return "him" if self.he == "he" else "her"


def interview_entries(rng: random.Random, f: StoryFacts) -> list[tuple[str, str]]:
    """5–12 questions and answers, in the order an officer asks them."""
    opening = [
        ("Do you understand the interpreter, and are you well enough to be interviewed today?"
         if f.has_interpreter else
         "Do you understand me, and are you well enough to be interviewed today?",
         rng.choice(("Yes, I understand. I am well.", "Yes. I slept badly but I can talk.",
                     "Yes, I understand everything."))),
        ("Please confirm your name and where you were born.",
         f"My name is {f.name}. I was born in {f.birthplace}."),
    ]
    closing = [
        ("Is there anything else you want to add?",
         rng.choice(("I ask for protection. I cannot go back.",
                     "Only that my family is still there and I have no news of them.",
                     "No, I have said everything.",
                     "Please do not send me back.")))]
    middle = (_weak_entries(f) if f.weak else _STORY_ENTRIES[f.story](f))
    want = rng.randint(5, 12) - len(opening) - len(closing)
    want = max(2, min(want, len(middle)))
    # Keep the officer's order: pick which questions were asked, not their sequence.
    chosen = sorted(rng.sample(range(len(middle)), want))
    return opening + [middle[i] for i in chosen] + closing


def _kazakh_camp(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living in China?", f"I {f.job} in {f.county}."),
        ("When did your problems start?",
         f"In {f.event_year}. The police came to our house and took my passport. They said "
         "everyone who had been to Kazakhstan had to be checked."),
        ("Where were you held, and for how long?",
         f"In a building the officials called a training centre, in {f.county}. I was there "
         f"about {f.event_months} months."),
        ("What was the daily routine there?",
         "We had Chinese lessons and political lessons and had to sing songs. We could not "
         "pray and were not allowed to speak Kazakh. I do not want to say more about it."),
        ("Why do you think you were taken?",
         "Because I am Kazakh and a Muslim, and because I had been to Kazakhstan and had "
         "WhatsApp on my phone."),
        ("What happened after you were released?",
         "I had to report to the village committee every week and attend the flag-raising on "
         "Mondays. The police checked my phone."),
        ("Why did you leave when you did?",
         f"In {f.threat_year} an official told me I would be sent back for more study. I was "
         "afraid I would not come back this time."),
        ("How did you cross the border?", _crossing_answer(f)),
        ("Where is your family now?", f.family),
        ("Have you had contact with your relatives since you left?",
         f"Once. {cap(f.relative)} said the police had visited and asked where I was. "
         "After that they blocked me on WeChat."),
        ("What do you fear will happen if you return?",
         "I will be taken again, maybe to prison. They know I spoke about the camp here."),
    ]


def _kazakh_pressure(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living in China?", f"I {f.job} in {f.county}."),
        ("When and how did you come to Kazakhstan?", _crossing_answer(f)),
        ("Why did you not go back?",
         f"In {f.threat_year} the village committee called and said I must come back at once "
         "and hand in my passport. People who came back from Kazakhstan were sent to study."),
        ("Were you ever detained yourself?",
         f"I was questioned for a day in {f.event_year} at the police station about my trips to "
         "Kazakhstan and about prayer. They took my fingerprints, a blood sample and a voice "
         "recording."),
        ("Has anyone in your family been detained?", f"{cap(f.relative)} {f.relative_fate}."),
        ("Where is your family now?", f.family),
        ("Do you have any documents showing this?",
         "I have screenshots of the messages from the village official. I gave copies to my "
         "lawyer."),
        ("What do you fear will happen if you return?",
         "They will take my passport and send me to a camp, because I stayed here and did not "
         "come back when they told me."),
    ]


def _uyghur_religion(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What is your religion and how did you practise it?",
         f"I am Muslim. I prayed at home and fasted in Ramadan. {'My wife' if f.he == 'he' else 'I'} "
         "wore a headscarf until it was forbidden."),
        ("What did you do for a living?", f"I {f.job} in {f.county}."),
        ("What happened to you?",
         f"In {f.event_year} I was taken from work. They said I had a religious recording on "
         f"my phone. I was held about {f.event_months} months."),
        ("What happened to your relatives?", f"{cap(f.relative)} {f.relative_fate}."),
        ("How did you leave China?", _crossing_answer(f)),
        ("Where is your family now?", f.family),
        ("Why did you come to Kazakhstan and not another country?",
         "It was the only border I could reach, and I speak some Kazakh."),
        ("What do you fear will happen if you return?",
         "Prison. Nobody who has been abroad is left alone."),
    ]


def _kyrgyz_camp(f: StoryFacts) -> list[tuple[str, str]]:
    entries = _kazakh_camp(f)
    entries[4] = ("Why do you think you were taken?",
                  "Because I am Kyrgyz and a Muslim, and because my relatives live in "
                  "Kyrgyzstan and I had called them.")
    return entries


def _han_church(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living?", f"I {f.job} in {f.county}."),
        ("How did you become a Christian?",
         f"Through a colleague, in {f.event_year - 4}. We met in a flat on Sundays, about twenty "
         "people."),
        ("What happened to your church?",
         f"In {f.event_year} police came during the meeting, wrote down our names and took the "
         "Bibles. The leader was detained and we do not know where he is."),
        ("Were you detained?",
         "Yes, for ten days of administrative detention for an illegal gathering. After that I "
         "was called to the police station every month."),
        ("Why did you leave?",
         f"In {f.threat_year} they told me to sign a statement that I had given up my faith. "
         "I refused. A friend warned me that I would be charged."),
        ("How did you come to Kazakhstan?", _crossing_answer(f)),
        ("What do you fear will happen if you return?",
         "I will be arrested for organising an illegal religious group."),
    ]


def _han_online(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living?", f"I {f.job} in {f.county}."),
        ("What happened to you?",
         f"In {f.event_year} I wrote posts criticising how the lockdown was handled in our "
         "district. The police summoned me and I was detained for fifteen days."),
        ("What happened after that?",
         "My employer dismissed me. The police visited my parents and told them I was on a "
         "list."),
        ("Why did you leave?",
         f"In {f.threat_year} I was told a criminal case for 'picking quarrels' was being "
         "prepared. I left the next month."),
        ("How did you come to Kazakhstan?", _crossing_answer(f)),
        ("Have you been politically active here?",
         "I have written some posts under my own name. The police called my mother about them."),
        ("What do you fear will happen if you return?", "Prison, for my posts."),
    ]


def _afghan_hazara(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("Which ethnic group and religion do you belong to?",
         f"I am Hazara and a Shia Muslim, from {f.county}."),
        ("What did you do for a living?", f"I {f.job}."),
        ("What happened after August 2021?",
         "The Taliban took over our district. They came to our house twice and asked about my "
         "work. They said Hazaras who worked for the old government are enemies."),
        ("What happened to your relatives?", f"{cap(f.relative)} {f.relative_fate}."),
        ("How did you come to Kazakhstan?", _crossing_answer(f)),
        ("Why did you not stay in Uzbekistan?",
         "I had only a transit permission there and was told I must leave.")
        if "Uzbekistan" in f.crossing else
        ("Why did you choose Kazakhstan?", "A relative studies here; it was the only visa I "
                                           "could get."),
        ("What do you fear will happen if you return?",
         "They will kill me or take me away, because I am Hazara and because of my work."),
    ]


def _afghan_former_official(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living?", f"I {f.job} in {f.county}."),
        ("What happened after August 2021?",
         "My name was on the staff lists the Taliban took from the office. Two colleagues "
         "were taken for questioning and one has not come back."),
        ("Were you personally threatened?",
         f"Yes. In {f.threat_year} men came to my father's house with a letter summoning me. "
         "I was hiding at my uncle's."),
        ("How did you come to Kazakhstan?", _crossing_answer(f)),
        ("Where is your family now?", f.family),
        ("What do you fear will happen if you return?",
         "Arrest as a collaborator of the old government."),
    ]


def _weak_entries(f: StoryFacts) -> list[tuple[str, str]]:
    return [
        ("What did you do for a living?", f"I {f.job} in {f.county}."),
        ("Why did you leave your country?",
         "There is no work for me at home. My relatives in Kazakhstan said they could help me "
         "find a job."),
        ("Have you or your family ever been detained?",
         "Not me. A neighbour was taken in " + str(f.event_year) + "."),
        ("How did you come to Kazakhstan?", _crossing_answer(f)),
        ("In your petition you wrote that you were held for a year. Can you explain?",
         "The lawyer wrote it. I was questioned once, for an afternoon."),
        ("What do you fear will happen if you return?",
         "I do not know. Maybe they will ask why I stayed so long. Maybe a fine."),
    ]


_STORY_ENTRIES = {
    "kazakh_camp": _kazakh_camp, "kazakh_pressure": _kazakh_pressure,
    "uyghur_religion": _uyghur_religion, "kyrgyz_camp": _kyrgyz_camp,
    "han_church": _han_church, "han_online": _han_online,
    "afghan_hazara": _afghan_hazara, "afghan_former_official": _afghan_former_official,
}


def _crossing_answer(f: StoryFacts) -> str:
    if f.irregular:
        return (f"In {f.crossing_month}, at night, on foot, across the {f.crossing}. The border "
                f"guards stopped me the next morning and took me to {f.town}.")
    return (f"In {f.crossing_month}, with my passport ({f.crossing}). "
            "I stayed with relatives first.")


def _crossed(f: StoryFacts) -> str:
    if f.irregular:
        return f"crossed the border irregularly ({f.crossing})"
    return f"entered with a passport ({f.crossing})"


def cap(text: str) -> str:
    """The first letter in capitals, the rest as it is (unlike ``str.capitalize``)."""
    return text[:1].upper() + text[1:]


#: A second interview after a court sent the case back; the last entry closes it.
SUPPLEMENTARY = (
    ("Your case was returned for a new examination. Has anything changed since the first "
     "interview?", "The police have asked my relatives about me again."),
    ("The court found that some facts were not examined. Please describe again, briefly, what "
     "happened to you.", "It is as I said at the first interview. I can now give the months "
     "more exactly; my lawyer has written them down."),
    ("Do you have any new documents?", "My lawyer has submitted written statements from two "
     "relatives, with a translation."),
    ("Why did you not mention some of this at the first interview?",
     "I was afraid it would make things worse for my family."),
    ("Have you had any contact with the authorities of your country here?",
     "No. I have not been to the consulate."),
    ("Is there anything else you want to add?", "No. Thank you."),
)

DEMEANOUR = (
    "Answered calmly and in detail; became emotional when speaking about the children. A short "
    "break was taken.",
    "Spoke quietly and avoided eye contact; answers were consistent with the petition.",
    "Alert and cooperative. Asked for questions to be repeated twice; the interpreter confirmed "
    "the dialect was understood.",
    "Tired after the journey from the detention centre but able to continue after a break.",
    "Answers short at first, more detailed after the lawyer explained the purpose of the "
    "interview.",
)

# ---------------------------------------------------------------------------
# claims and incidents


def claim_summary(f: StoryFacts) -> str:
    if f.weak:
        return (f"The applicant states that {f.he} left {f.county} to find work and join "
                f"relatives in Kazakhstan. The petition mentions a year of detention, which {f.he} "
                "did not confirm at interview.")
    texts = {
        "kazakh_camp": (f"Ethnic Kazakh from {f.county}. Held about {f.event_months} months in a "
                        f"'vocational education and training centre' from {f.event_start} after "
                        "the police noted trips to Kazakhstan and WhatsApp use; released under "
                        f"weekly reporting; told in {f.threat_year} {f.he} would be sent back; "
                        f"{_crossed(f)}."),
        "kazakh_pressure": (f"Ethnic Kazakh from {f.county} who entered Kazakhstan regularly and "
                            f"was ordered in {f.threat_year} to return and surrender {f.his} "
                            f"passport; questioned in {f.event_year}; {f.relative_3rd} "
                            f"{f.relative_fate}."),
        "uyghur_religion": (f"Uyghur from {f.county}; detained about {f.event_months} months from "
                            f"{f.event_start} for religious content on {f.his} phone; "
                            f"{f.relative_3rd} {f.relative_fate}."),
        "kyrgyz_camp": (f"Ethnic Kyrgyz from {f.county}. Held about {f.event_months} months in a "
                        f"'training centre' from {f.event_start} because of calls to relatives "
                        f"in Kyrgyzstan; left after being told in {f.threat_year} {f.he} would "
                        "be sent back."),
        "han_church": (f"Member of an unregistered Protestant house church in {f.county}; the "
                       f"congregation was raided in {f.event_year}; ten days' administrative "
                       f"detention; pressed in {f.threat_year} to renounce {f.his} faith."),
        "han_online": (f"Posted criticism of the local lockdown in {f.event_year}; fifteen days' "
                       f"detention, dismissal, and in {f.threat_year} a warning that a criminal "
                       "case was being prepared."),
        "afghan_hazara": (f"Hazara Shia from {f.county}; after August 2021 the Taliban searched "
                          f"for {f.him} because of {f.his} work; {f.relative_3rd} "
                          f"{f.relative_fate}."),
        "afghan_former_official": (f"Former employee of the previous government in {f.county}; "
                                   f"summoned by the Taliban in {f.threat_year}; colleagues "
                                   "detained."),
    }
    return texts[f.story]


ACTORS = {
    "kazakh_camp": "Public security bureau and township officials of the home county",
    "kazakh_pressure": "Village committee and public security bureau of the home county",
    "uyghur_religion": "Public security bureau of the home city",
    "kyrgyz_camp": "Public security bureau and township officials of the home county",
    "han_church": "Public security bureau, religious affairs office",
    "han_online": "Public security bureau (internet police)",
    "afghan_hazara": "Taliban local commanders",
    "afghan_former_official": "Taliban intelligence (General Directorate of Intelligence)",
}

# ground -> nexus note, per story
GROUNDS = {
    "kazakh_camp": {
        "nationality": "Targeted as an ethnic Kazakh with ties to Kazakhstan.",
        "religion": "Muslim practice (prayer, fasting) treated as extremism.",
        "political_opinion": "Disloyalty imputed because of travel abroad and foreign "
                             "messaging apps.",
    },
    "kazakh_pressure": {
        "nationality": "Ethnic Kazakhs who travelled to Kazakhstan are singled out.",
        "political_opinion": "Refusal to return is treated as disloyalty.",
    },
    "uyghur_religion": {
        "religion": "Detained for ordinary religious practice.",
        "race": "Uyghur ethnicity; the measures target Uyghurs as a group.",
    },
    "kyrgyz_camp": {
        "nationality": "Targeted as an ethnic Kyrgyz with relatives across the border.",
        "religion": "Muslim practice treated as extremism.",
    },
    "han_church": {"religion": "Member of an unregistered Christian congregation."},
    "han_online": {"political_opinion": "Public criticism of the authorities online."},
    "afghan_hazara": {
        "race": "Hazara ethnicity.",
        "religion": "Shia faith.",
        "political_opinion": "Imputed support for the former government because of work.",
    },
    "afghan_former_official": {
        "political_opinion": "Imputed loyalty to the former government.",
    },
}


@dataclass(frozen=True)
class IncidentText:
    kind: str
    actor_type: str
    description: str


def incidents(f: StoryFacts) -> list[tuple[IncidentText, str, str, int | None]]:
    """(incident, started, ended, duration days) for the story; dates are partial on purpose."""
    if f.weak:
        return [(IncidentText("other", "state",
                              "Questioned at the police station for an afternoon about "
                              "work abroad; released the same day."),
                 str(f.event_year), "", 1)]
    camp = IncidentText(
        "camp", "state",
        f"Held in a closed 'training centre' in {f.county}: compulsory language and political "
        "classes, no religious practice, no visits. Released under reporting conditions.")
    surveillance = IncidentText(
        "surveillance", "state",
        "Weekly reporting to the village committee, phone checks, a neighbour assigned to "
        "watch the household.")
    threat = IncidentText("threat", "state",
                          f"Told by an official that {f.he} would be sent back for 'study'.")
    family = IncidentText("family_targeted", "state",
                          f"The applicant's {f.kin} {f.kin_name} {f.relative_fate}.")
    detention = IncidentText("detention", "state",
                             "Administrative detention at the city detention centre.")
    questioning = IncidentText("detention", "state",
                               "Questioned for a day at the police station; fingerprints, a "
                               "blood sample and a voice recording taken.")
    days = f.event_months * 30
    by_story: dict[str, list] = {
        "kazakh_camp": [(camp, f.event_start, f.event_end, days),
                        (surveillance, f.event_end, str(f.threat_year), None),
                        (threat, str(f.threat_year), "", None),
                        (family, str(f.event_year), "", None)],
        "kazakh_pressure": [(questioning, str(f.event_year), "", 1),
                            (threat, str(f.threat_year), "", None),
                            (family, str(f.event_year), "", None)],
        "uyghur_religion": [(IncidentText("detention", "state", camp.description), f.event_start,
                             f.event_end, days),
                            (family, str(f.event_year), "", None)],
        "kyrgyz_camp": [(camp, f.event_start, f.event_end, days),
                        (threat, str(f.threat_year), "", None)],
        "han_church": [(IncidentText("detention", "state",
                                     "Ten days' administrative detention after a raid on the "
                                     "house church."), f.event_start, "", 10),
                       (IncidentText("threat", "state",
                                     "Pressed to sign a statement renouncing the faith."),
                        str(f.threat_year), "", None)],
        "han_online": [(IncidentText(detention.kind, "state",
                                     "Fifteen days' detention for online posts."), f.event_start,
                        "", 15),
                       (IncidentText("threat", "state",
                                     "Warned that a criminal case was being prepared."),
                        str(f.threat_year), "", None)],
        "afghan_hazara": [(IncidentText("threat", "state",
                                        "House searched twice; questions about work for the "
                                        "former government."), "2021-09~", "", None),
                          (family, str(f.event_year), "", None)],
        "afghan_former_official": [(IncidentText("threat", "state",
                                                 "Written summons delivered to the family home."),
                                    str(f.threat_year), "", None),
                                   (IncidentText("family_targeted", "state",
                                                 "Colleagues from the same office detained."),
                                    "2021-10~", "", None)],
    }
    return by_story[f.story]


#: What happened to a relative at home; {he}/{his} refer to the relative.
RELATIVE_FATES = (
    "was taken in the same year and held for about a year; {he} now works at a factory and "
    "cannot leave the county",
    "was detained and later sentenced; the family was not told the charge",
    "was questioned several times and had {his} passport taken",
    "lost {his} job after my departure and is visited by the police",
)

# ---------------------------------------------------------------------------
# assessments and decisions


def assessment_texts(f: StoryFacts, outcome: str) -> dict[str, str]:
    """Findings (value and note) and reasons for the recommended outcome."""
    if outcome == "recognise":
        return {
            "internal_consistency": "established",
            "internal_consistency_note": "The account of the events and of the departure is "
                                         "consistent across the petition, the interview and "
                                         + ("the criminal case file." if f.irregular else
                                            "the documents provided."),
            "coi_consistency": "established",
            "coi_consistency_note": _COI_NOTES.get(f.story, _COI_NOTES["kazakh_camp"]),
            "plausibility": "established",
            "plausibility_note": "The sequence of events is plausible; partial dates are "
                                 "explained by the lack of documents.",
            "well_founded_fear": "established",
            "well_founded_fear_note": _FEAR_NOTES[f.story] + (
                " The irregular departure increases the risk." if f.irregular else ""),
            "reasons": (f"The applicant has a well-founded fear of persecution by the state on "
                        f"Convention grounds ({', '.join(GROUNDS[f.story])}). The account is "
                        "credible and consistent with country information. No exclusion grounds "
                        "were found. Recognition as a refugee is recommended."),
        }
    if outcome == "refuse":
        return {
            "internal_consistency": "not_established" if f.weak else "partly",
            "internal_consistency_note": "The petition describes a year of detention; at "
                                         "interview the applicant described one afternoon of "
                                         "questioning." if f.weak else
                                         "Key dates differ between the petition and the "
                                         "interview, and the difference was not explained.",
            "coi_consistency": "partly",
            "coi_consistency_note": "The general situation described matches country "
                                    "information; the individual account is not supported by it.",
            "plausibility": "partly",
            "plausibility_note": "The applicant obtained documents and left without hindrance "
                                 "after the events described, which the account does not "
                                 "explain.",
            "well_founded_fear": "not_established",
            "well_founded_fear_note": "The applicant was not shown to be personally at risk; "
                                      "the reasons for leaving are mainly economic." if f.weak else
                                      "The risk described is general and not shown to affect the "
                                      "applicant personally.",
            "reasons": ("The applicant has not shown a well-founded fear of persecution on a "
                        "Convention ground. The material facts are not established to the "
                        "required standard. Refusal is recommended; the applicant may appeal "
                        "within one month of notification."),
        }
    if f.story.startswith("kazakh"):
        return {"reasons": "The applicant acquired citizenship of the Republic of Kazakhstan as "
                           "an ethnic Kazakh (kandas) while the petition was being examined; the "
                           "examination is terminated."}
    return {"reasons": "The applicant left Kazakhstan for a third country and has not returned; "
                       "the examination is terminated."}


_FEAR_NOTES = {
    "kazakh_camp": "Real risk of renewed detention on return: a former detainee who has stayed "
                   "abroad.",
    "kazakh_pressure": "Real risk of detention on return after refusing the order to come back.",
    "uyghur_religion": "Real risk of renewed detention on return: a former detainee who has "
                       "stayed abroad.",
    "kyrgyz_camp": "Real risk of renewed detention on return: a former detainee who has stayed "
                   "abroad.",
    "han_church": "Real risk of prosecution for the continued practice of the faith.",
    "han_online": "Real risk of prosecution for the posts, which continue from abroad.",
    "afghan_hazara": "Real risk of serious harm from the de facto authorities on return.",
    "afghan_former_official": "Real risk of detention as a former government employee.",
}

_COI_NOTES = {
    "kazakh_camp": "Consistent with country information on the detention of ethnic Kazakhs and "
                   "Uyghurs in Xinjiang in 2017–2019 and the surveillance of former detainees "
                   "(OHCHR assessment, 2022).",
    "uyghur_religion": "Consistent with country information on the criminalisation of ordinary "
                       "religious practice in Xinjiang (OHCHR assessment, 2022).",
    "han_church": "Consistent with country information on raids against unregistered house "
                  "churches.",
    "han_online": "Consistent with country information on detentions for online criticism "
                  "during the 2022 lockdowns.",
    "afghan_hazara": "Consistent with UNHCR guidance on the risk to Hazara Shia after "
                     "August 2021.",
    "afghan_former_official": "Consistent with UNHCR guidance on the risk to former government "
                              "employees.",
}

EXTENSION_REASONS = (
    "The circumstances in which refugee status was recognised have not changed; the situation "
    "in the country of origin remains as assessed. No grounds for cessation or revocation. "
    "Extension for one year is recommended.",
    "The refugee complied with the conditions of stay and reports continued threats to "
    "relatives at home. No cessation grounds. Extension for one year is recommended.",
)

RETURN_COMMENTS = (
    "Please address the discrepancy between the dates of detention in the petition and at "
    "interview before this goes to the commission.",
    "The nexus is not reasoned. State which Convention ground applies and why, with reference "
    "to the interview record.",
    "Add the country information on the home county and explain how it supports the account.",
    "The legal basis does not match the findings on credibility; check the recommended outcome.",
    "Attach the translation of the court verdict and refer to it in the reasons.",
)

DEADLINE_REASONS = (
    "Identity verification requested from the National Security Committee; reply awaited.",
    "Court documents from China are being translated and their authenticity checked.",
    "Additional country information requested on the home county; the applicant's second "
    "interview depends on it.",
)

WITHDRAWAL_NOTES = (
    "The applicant withdrew the petition in writing after receiving a residence permit as a "
    "kandas (ethnic Kazakh returnee).",
    "Written withdrawal received through the lawyer: the applicant is joining relatives in a "
    "third country.",
    "The applicant withdrew the petition in person; the asylum-seeker certificate was handed "
    "back and cancelled.",
)

ABANDONED_NOTE = ("The applicant did not attend two scheduled interviews and cannot be reached "
                  "at the address or phone number given.")

REOPEN_REASON = ("The applicant came to the office with a medical certificate: he was in "
                 "hospital in Kokshetau when the interviews were scheduled, so the closure as "
                 "abandoned was not justified.")

CESSATION_CITIZENSHIP = ("The refugee acquired citizenship of the Republic of Kazakhstan "
                         "(kandas programme).")
CESSATION_THIRD_COUNTRY = "The refugee settled in a third country, which granted permanent residence."

EXPIRY_REASON = "The status expired; no extension was applied for."

RULING_SUMMARY = ("The court did not impose expulsion from the Republic of Kazakhstan, noting the "
                  "pending refugee petition and the principle of non-refoulement.")

ARTICLE_392 = "Article 392 part 1 of the Criminal Code of the Republic of Kazakhstan"

SENTENCES = (
    "Restriction of freedom for 1 year; pre-trial detention credited",
    "Imprisonment for 6 months; released in the courtroom, the term served in pre-trial detention",
    "Fine of 100 monthly calculation indices; released from payment in view of pre-trial "
    "detention",
    "Restriction of freedom for 2 years; pre-trial detention credited at one day for two",
)

CROSSING_NOTES_IRREGULAR = (
    "Stopped by a Border Service patrol the next morning and taken to the temporary detention "
    "facility in {town}.",
    "Detained by a Border Service patrol at dawn, a few kilometres from the border; taken to "
    "{town} the same day.",
)
CROSSING_NOTES_REGULAR = (
    "Entered with a passport under the 30-day visa-free regime.",
    "Entered with a passport and a private visa to visit relatives.",
)
