"""The statistical report: read back from the PDF in each language, with no data, and for
periods that are not one calendar month."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date

import pytest

from app.documents.statistics_report import TOP, render_statistics_report, report_title
from app.services.statistics import (
    PENDING_BUCKETS,
    GroupRow,
    MonthRow,
    Statistics,
    StatsFilter,
    month_range,
)
from tests.documents import pdf, samples

LANGS = ("kk", "ru", "en")
PREPARED = date(2026, 12, 2)

CITIZENSHIPS = ["CHN", "AFG", "UZB", "TJK", "SYR", "", "ARE", "IRN", "PAK", "RUS",
                "UKR", "KGZ", "SOM"]
ETHNICITIES = ["Ұйғыр", "Қазақ", "Пуштун", "Тәжік", "维吾尔族", "Араб", "Хазара", "Өзбек",
               "Кыргыз", "Dungan", "Курд"]


def statistics(start: date = date(2026, 11, 1), end: date = date(2026, 11, 30),
               office: str | None = None) -> Statistics:
    """Fictional figures with numbers easy to find in the text."""
    months = [MonthRow(month, 1234 + i, 17 + i, 11, 3, 63.5 + i)
              for i, month in enumerate(month_range(start, end))]
    return Statistics(
        filter=StatsFilter(start, end, office), months=months,
        outcomes=[("recognise", 25), ("refuse", 15), ("close", 3)], recognition_rate=0.625,
        median_days=63.5,
        pending_by_age=list(zip(PENDING_BUCKETS, (38, 52, 27, 9, 3), strict=True)),
        by_citizenship=[GroupRow(code, 300 - i * 20, 8, 5, 12) for i, code in
                        enumerate(CITIZENSHIPS)],
        by_ethnicity=[GroupRow(name, 250 - i * 20, 6, 4, 9) for i, name in
                      enumerate(ETHNICITIES)],
        by_officer=[GroupRow("officer", 57, 19, 13, 44), GroupRow("officer2", 41, 6, 2, 31),
                    GroupRow("", 5, 0, 0, 5)],
        expiring=[(month, 70 + i) for i, month in
                  enumerate(month_range(date(2026, 12, 1), date(2027, 11, 1)))],
        appeals_lodged=9,
        appeal_outcomes=[("pending", 5), ("upheld", 2), ("successful", 1), ("withdrawn", 1)],
        offices=["AQM"], extension_outcomes=[("recognise", 6), ("refuse", 1), ("close", 0)],
        pending_on=end)


def empty_statistics(start: date = date(2026, 11, 1), end: date = date(2026, 11, 30)
                     ) -> Statistics:
    """A period without a single case."""
    return Statistics(
        filter=StatsFilter(start, end, "AQM"),
        months=[MonthRow(month, 0, 0, 0, 0, None) for month in month_range(start, end)],
        outcomes=[("recognise", 0), ("refuse", 0), ("close", 0)], recognition_rate=None,
        median_days=None, pending_by_age=[(bucket, 0) for bucket in PENDING_BUCKETS],
        by_citizenship=[], by_ethnicity=[], by_officer=[],
        expiring=[(month, 0) for month in month_range(date(2026, 12, 1), date(2027, 11, 1))],
        appeals_lodged=0,
        appeal_outcomes=[("pending", 0), ("upheld", 0), ("successful", 0), ("withdrawn", 0)],
        offices=[])


def render(stats: Statistics, lang: str) -> bytes:
    return render_statistics_report(stats, lang, commission=samples.commission(),
                                    generated_on=PREPARED)


def plain(text: str) -> str:
    return pdf.normalise(text)


# What each language must print for ``statistics()`` (literals, not the renderer's code).
EXPECTED = {
    "kk": {
        "title": "2026 жылғы қарашадағы статистикалық есеп",
        "prepared": "Жасалған күні: 2026 жылғы 2 желтоқсан",
        "registered": "1 234", "rate": "62,5%", "median": "63,5 күн",
        "pending": "2026 жылғы 30 қараша жағдай бойынша қаралып жатқан істер",
        "month": "2026 жылғы қараша",
        "outcomes": ["Босқын мәртебесін беру", "Босқын мәртебесін беруден бас тарту",
                     "Өтінішхатты қарауды тоқтату"],
        "appeals": ["Бас тарту күшінде қалдырылды", "Шағым қанағаттандырылды",
                    "Шағым кері қайтарып алынды", "Кезеңде берілген шағымдар: 9"],
        "ages": ["1 айға дейін", "12 айдан астам"],
        "countries": ["Қытай", "Ауғанстан", "азаматтығы жоқ немесе көрсетілмеген"],
        "other": "Басқа елдер", "total": "Барлығы", "no_officer": "тағайындалмаған",
        "expiring_month": "2027 жылғы қазан",
        "page": "1-бет, барлығы {n} бет",
    },
    "ru": {
        "title": "Статистический отчёт за ноябрь 2026 г.",
        "prepared": "Дата составления: 2 декабря 2026 г.",
        "registered": "1 234", "rate": "62,5 %", "median": "63,5 дня",
        "pending": "Дела на рассмотрении на 30 ноября 2026 г.",
        "month": "ноябрь 2026 г.",
        "outcomes": ["Присвоение статуса беженца", "Отказ в присвоении статуса беженца",
                     "Прекращение рассмотрения ходатайства"],
        "appeals": ["Отказ оставлен в силе", "Жалоба удовлетворена", "Жалоба отозвана",
                    "Подано жалоб за период: 9"],
        "ages": ["до 1 месяца", "более 12 месяцев"],
        "countries": ["Китай", "Афганистан", "без гражданства или не указано"],
        "other": "Другие страны", "total": "Итого", "no_officer": "не назначен",
        "expiring_month": "октябрь 2027 г.",
        "page": "Страница 1 из {n}",
    },
    "en": {
        "title": "Statistical report for November 2026",
        "prepared": "Prepared on 2 December 2026",
        "registered": "1,234", "rate": "62.5%", "median": "63.5 days",
        "pending": "Cases pending on 30 November 2026",
        "month": "November 2026",
        "outcomes": ["Recognition as a refugee", "Refusal of refugee status",
                     "Termination of the examination"],
        "appeals": ["Refusal upheld", "Appeal successful", "Appeal withdrawn",
                    "Appeals lodged in the period: 9"],
        "ages": ["under 1 month", "over 12 months"],
        "countries": ["China", "Afghanistan", "stateless or not stated"],
        "other": "Other countries", "total": "Total", "no_officer": "not assigned",
        "expiring_month": "October 2027",
        "page": "Page 1 of {n}",
    },
}


@pytest.fixture(scope="module")
def reports() -> dict[str, bytes]:
    return {lang: render(statistics(), lang) for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_is_printed_in_the_language(reports, lang):
    data = reports[lang]
    words = EXPECTED[lang]
    pages = pdf.page_texts(data)
    text = " ".join(pages)
    assert pages[0].count(words["title"]) >= 2  # the title and the footer
    for key in ("prepared", "registered", "rate", "median", "pending", "month", "other",
                "total", "no_officer", "expiring_month"):
        assert words[key] in text, (lang, key)
    for key in ("outcomes", "appeals", "ages", "countries"):
        for expected in words[key]:
            assert expected in text, (lang, key, expected)
    assert words["page"].format(n=len(pages)) in pages[0]
    assert "Ұйғыр" in text and "Dungan" in text
    # The sums of the tables: 43 decisions, 129 pending, 9 appeals, 70+…+81 statuses.
    for total in ("43", "129", "906"):
        assert re.search(rf"\b{total}\b", text), total


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_and_the_charts_are_vectors(reports, lang):
    data = reports[lang]
    fonts = pdf.fonts(data)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)
    assert pdf.images(data) == []
    # The bars are rectangles filled in the page's own drawing: on the first page, the
    # month chart's four series (bars and legend) in their colours.
    content = pdf.reader(data).pages[0].get_contents().get_data().decode("latin-1")
    for colour in ("#457b9d", "#2a9d8f", "#d8573c", "#9a9a9a"):
        assert f"{_pdf_colour(colour)} rg" in content, colour
    assert len(re.findall(r" re\b", content)) >= 8


def _pdf_colour(hex_colour: str) -> str:
    """A colour as ReportLab writes it in a content stream: ".270588 .482353 .615686"."""
    def part(value: int) -> str:
        text = f"{value / 255:.6f}".rstrip("0").rstrip(".")
        return text[1:] if text.startswith("0.") else text
    return " ".join(part(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))


def test_the_group_tables_show_the_top_ten_and_sum_the_rest(reports):
    text = pdf.text(reports["en"])
    # Citizenships 11–13 (Ukraine, Kyrgyzstan, Somalia) are one row: 100 + 80 + 60.
    assert "Ukraine" not in text and "Somalia" not in text
    assert re.search(r"Other countries 240 24 15 36 61.5%", text)
    assert len(CITIZENSHIPS) > TOP
    # Every officer is listed, the case without one too.
    assert re.search(r"officer 57 19 13 44 59.4%", text)
    assert re.search(r"not assigned 5 0 0 5 —", text)


@pytest.mark.parametrize(("lang", "title", "zeros"), [
    ("kk", "2026 жылғы қарашадағы статистикалық есеп", "шешімдер қабылданбаған"),
    ("ru", "Статистический отчёт за ноябрь 2026 г.", "решений нет"),
    ("en", "Statistical report for November 2026", "no decisions"),
])
def test_a_period_without_cases_prints_zeros(lang, title, zeros):
    data = render(empty_statistics(), lang)
    text = pdf.text(data)
    assert title in text
    note = {"kk": "Осы кезеңде шешімдер қабылданбаған.",
            "ru": "За этот период решения не принимались.",
            "en": "No decisions were made in this period."}[lang]
    assert text.count(note) == 1  # under the decisions by outcome
    # Decisions, recognition rate, median time:
    assert text.replace(note, "").count(zeros) == 3
    no_data = {"kk": "Осы кезеңде деректер жоқ.", "ru": "За этот период данных нет.",
               "en": "No data for this period."}[lang]
    assert text.count(no_data) == 3  # citizenship, ethnicity, officer
    assert {"kk": "Өңір: AQM", "ru": "Регион: AQM", "en": "Region: AQM"}[lang] in text
    assert all(pdf.fonts(data).values()) and pdf.images(data) == []


# The titles of periods, as each language writes them.
TITLES = [
    ((date(2026, 9, 1), date(2026, 11, 30)), {
        "kk": "2026 жылғы 1 қыркүйек – 30 қараша аралығындағы статистикалық есеп",
        "ru": "Статистический отчёт за период с 1 сентября по 30 ноября 2026 г.",
        "en": "Statistical report for 1 September – 30 November 2026"}),
    ((date(2026, 11, 1), date(2026, 11, 15)), {
        "kk": "2026 жылғы 1–15 қараша аралығындағы статистикалық есеп",
        "ru": "Статистический отчёт за период с 1 по 15 ноября 2026 г.",
        "en": "Statistical report for 1–15 November 2026"}),
    ((date(2025, 12, 1), date(2026, 2, 28)), {
        "kk": "2025 жылғы 1 желтоқсан – 2026 жылғы 28 ақпан аралығындағы статистикалық есеп",
        "ru": "Статистический отчёт за период с 1 декабря 2025 г. по 28 февраля 2026 г.",
        "en": "Statistical report for 1 December 2025 – 28 February 2026"}),
    ((date(2028, 2, 1), date(2028, 2, 29)), {
        "kk": "2028 жылғы ақпандағы статистикалық есеп",
        "ru": "Статистический отчёт за февраль 2028 г.",
        "en": "Statistical report for February 2028"}),
    ((date(2026, 2, 1), date(2026, 2, 27)), {
        "kk": "2026 жылғы 1–27 ақпан аралығындағы статистикалық есеп",
        "ru": "Статистический отчёт за период с 1 по 27 февраля 2026 г.",
        "en": "Statistical report for 1–27 February 2026"}),
    ((date(2026, 11, 20), date(2026, 11, 20)), {
        "kk": "2026 жылғы 20 қараша күнгі статистикалық есеп",
        "ru": "Статистический отчёт за 20 ноября 2026 г.",
        "en": "Statistical report for 20 November 2026"}),
]


@pytest.mark.parametrize(("period", "titles"), TITLES)
def test_period_titles(period, titles):
    for lang in LANGS:
        assert plain(report_title(statistics(*period), lang)) == titles[lang]


def test_a_report_over_several_months_has_the_period_title_and_a_row_a_month():
    data = render(statistics(date(2026, 9, 1), date(2026, 11, 30)), "ru")
    first = pdf.page_texts(data)[0]
    assert "Статистический отчёт за период с 1 сентября по 30 ноября 2026 г." in first
    text = pdf.text(data)
    for row in ("сентябрь 2026 г. 1 234 17 11 3 63,5", "октябрь 2026 г. 1 235 18 11 3 64,5",
                "ноябрь 2026 г. 1 236 19 11 3 65,5", "Итого 3 705 54 33 9 63,5"):
        assert row in text, row
    assert pdf.metadata(data)["/Title"] == ("Статистический отчёт за период с 1 сентября по "
                                           "30 ноября 2026 г.")


def test_three_years_of_months_and_hostile_group_names_still_print():
    stats = statistics(date(2024, 1, 1), date(2026, 12, 31))
    odd = [GroupRow("<b>&amp; {x}", 9, 1, 1, 1), GroupRow("维吾尔族\n\x07", 8, 1, 0, 0),
           GroupRow("Х" * 300, 7, 0, 1, 1)]
    data = render(replace(stats, by_ethnicity=odd, by_officer=odd), "kk")
    text = pdf.text(data)
    assert "<b>&amp; {x}" in text and "维吾尔族" in text
    assert "2024 жылғы қаңтар" in text and "2026 жылғы желтоқсан" in text
    assert all(pdf.fonts(data).values()) and pdf.images(data) == []


def test_same_figures_same_bytes_and_only_the_three_languages():
    stats = statistics()
    assert render(stats, "en") == render(stats, "en")
    with pytest.raises(ValueError):
        render(stats, "kk+ru")


def test_one_report_renders_quickly(reports):
    started = time.perf_counter()
    render(statistics(date(2026, 1, 1), date(2026, 12, 31)), "kk")
    assert time.perf_counter() - started < 3.0


def test_groups_with_only_pending_cases_print_a_table_and_no_empty_chart():
    stats = replace(empty_statistics(), by_citizenship=[GroupRow("CHN", 0, 0, 0, 4)],
                    by_officer=[GroupRow("officer", 0, 0, 0, 4)])
    data = render(stats, "en")
    text = pdf.text(data)
    assert "China 0 0 0 4 —" in text and "officer 0 0 0 4 —" in text
    assert text.count("No data for this period.") == 1  # ethnicity only
    content = "".join(page.get_contents().get_data().decode("latin-1")
                      for page in pdf.reader(data).pages)
    assert f"{_pdf_colour('#457b9d')} rg" not in content  # no bar of registered petitions
