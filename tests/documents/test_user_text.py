"""What people type prints as typed: escaped, in the right font, wrapped to the page."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.documents.fonts import font_files, markup
from app.documents.model import NameForm
from app.documents.render import render
from app.documents.texts import fill
from app.domain.vocab import LetterKind, Script
from tests.documents import pdf, samples

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
HOSTILE_NAME = "<b>Ivanov</b> & <font size=60>X"


def _named(surname: str, given: str = "Ivan") -> tuple[NameForm, ...]:
    return (NameForm(Script.LATIN, surname, given),
            NameForm(Script.RUSSIAN_CYRILLIC, surname, given),
            NameForm(Script.KAZAKH_CYRILLIC, surname, given))


def _builders(person, address="Kokshetau"):
    return {"receipt": lambda: samples.receipt(applicant=person),
            "letter": lambda: samples.letter(applicant=person, address=address),
            "interview": lambda: samples.interview(applicant=person),
            "certificate": lambda: samples.certificate(holder=person)}


@pytest.mark.parametrize("name", ["receipt", "letter", "interview", "certificate"])
def test_markup_typed_into_a_name_prints_literally(name):
    given = "<para>{case_number}</para>"
    hostile = samples.person(names=_named(HOSTILE_NAME, given))
    data = render(_builders(hostile, "<br/>&amp; {x}")[name](), "en")
    text = pdf.text(data)
    assert f"{HOSTILE_NAME} {given}" in text
    if name == "letter":
        assert "<br/>&amp; {x}" in text
    # Nothing got bigger or moved: as many pages as a name of the same letters without markup.
    plain = str.maketrans("<>&/{}=", "xxxxxxx")
    harmless = samples.person(names=_named(HOSTILE_NAME.translate(plain), given.translate(plain)))
    same_length = render(_builders(harmless, "xbrxx xampx xxx")[name](), "en")
    assert len(pdf.reader(data).pages) == len(pdf.reader(same_length).pages)


def test_markup_in_commission_texts_and_answers_prints_literally():
    commission = samples.commission(name={"en": "Commission <i>&</i> Co"},
                                    signatory_name="A & B <u>",
                                    appeal_court={"en": "Court </para> {court}"})
    letter = samples.letter(commission=commission, reasons="Because <b>x</b> & {reasons}")
    text = pdf.text(render(letter, "en"))
    for typed in ("Commission <i>&</i> Co", "A & B <u>", "Court </para> {court}",
                  "Because <b>x</b> & {reasons}"):
        assert typed in text


def test_fill_does_not_reinterpret_braces_or_tags_in_values():
    assert fill("{a} and {b}", a="{b}", b="<b>") == "{b} and &lt;b&gt;"


def test_every_kazakh_letter_prints_and_reads_back():
    letter = samples.letter(address=KAZAKH_LETTERS,
                            applicant=samples.person(names=_named("Ғұмар" + KAZAKH_LETTERS)))
    text = pdf.text(render(letter, "kk"))
    assert KAZAKH_LETTERS in text
    assert "Ғұмар" + KAZAKH_LETTERS.split(" ")[0] in text


def test_chinese_runs_are_switched_to_the_cjk_font_and_escaped():
    made = markup("Li <李> & 王小明")
    assert made == ('Li &lt;<font name="PanaCJK">李</font>&gt; &amp; '
                    '<font name="PanaCJK">王小明</font>')
    assert markup("Серік Ә") == "Серік Ә"  # Kazakh stays in DejaVu


def test_chinese_typed_in_free_text_prints_too():
    letter = samples.letter(reasons="他说 the police came twice (两次).")
    assert "他说 the police came twice (两次)." in pdf.text(render(letter, "ru"))


def test_control_characters_do_not_break_the_document():
    letter = samples.letter(reasons="Line one\x00\x07\x1b\r\nLine two\tend")
    text = pdf.text(render(letter, "en"))
    assert "Line one" in text and "Line two end" in text


@pytest.mark.parametrize("name", ["receipt", "letter", "certificate", "interview"])
def test_very_long_words_wrap_inside_the_page(name):
    word = "Qasymulyqasymulyqasymuly" * 12  # 288 letters, no space
    person = samples.person(names=_named(word, word))
    builders = {"receipt": lambda: samples.receipt(applicant=person),
                "letter": lambda: samples.letter(applicant=person, reasons=word * 3,
                                                 address=word),
                "interview": lambda: samples.interview(applicant=person, attendees=word * 2),
                "certificate": lambda: samples.certificate(holder=person)}
    data = render(builders[name](), "en")
    # At 10 pt a line of the page holds fewer than about 110 letters; a word that ran
    # off the page or out of its cell would come back as one much longer line.
    longest = max(len(line) for line in pdf.raw_lines(data))
    assert longest < 130, longest
    assert word[:60] in pdf.text(data).replace(" ", "")


def test_a_huge_table_value_splits_over_pages_instead_of_failing():
    attendees = "\n".join(f"Observer number {n} from the regional office" for n in range(400))
    data = render(samples.interview(attendees=attendees.replace("\n", ", ")), "en")
    assert len(pdf.reader(data).pages) >= 3
    assert "Observer number 399" in pdf.text(data)


def test_photo_and_logo_are_embedded_and_a_broken_photo_leaves_the_box():
    with_photo = render(samples.certificate(holder=samples.person(photo=samples.photo()),
                                            commission=samples.commission()), "en")
    assert len(pdf.images(with_photo)) == 1
    broken = render(samples.certificate(holder=samples.person(photo=b"not a picture")), "en")
    assert pdf.images(broken) == []
    assert "Photo" in pdf.text(broken)
    logo = render(samples.letter(commission=samples.commission(letterhead=samples.photo(80, 60))),
                  "en")
    assert len(pdf.images(logo)) == 1


def test_stateless_and_unknown_country_codes():
    stateless = render(samples.certificate(holder=samples.person(stateless=True)), "ru")
    assert "лицо без гражданства" in pdf.text(stateless)
    unknown = render(samples.receipt(applicant=samples.person(citizenships=("XKX", "AFG"))),
                     "kk")
    assert "XKX, Ауғанстан" in pdf.text(unknown)


def test_language_and_document_type_are_checked():
    with pytest.raises(ValueError):
        render(samples.letter(), "de")
    with pytest.raises(ValueError):
        render(samples.letter(), "ru+kk")
    with pytest.raises(TypeError):
        render(object(), "en")  # type: ignore[arg-type]


def test_bundled_fonts_exist():
    files = font_files()
    assert {"PanaSans", "PanaSans-Bold", "PanaSans-Oblique", "PanaSans-BoldOblique",
            "PanaCJK"} <= files.keys()
    for path in files.values():
        assert path.is_file() and path.stat().st_size > 100_000
    assert (files["PanaCJK"].parent / "LICENSE-WenQuanYi.txt").is_file()
    assert (files["PanaSans"].parent / "LICENSE-DejaVu.txt").is_file()


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)")
def test_qr_code_reads_back_as_number_and_code_only(tmp_path):
    for doc, number in ((samples.certificate(), samples.CERTIFICATE_NUMBER),
                        (samples.receipt(), samples.RECEIPT_NUMBER)):
        (tmp_path / "doc.pdf").write_bytes(render(doc, "kk+ru"))
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1",
                        str(tmp_path / "doc.pdf"), str(tmp_path / "page")], check=True)
        page = next(tmp_path.glob("page*.png"))
        found = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True,
                               text=True, check=True).stdout.strip()
        assert found == f"PANA:{number}:{samples.CODE}"
        page.unlink()


def test_letter_in_every_kind_renders_in_kazakh_and_russian_with_no_latin_leftovers():
    # Every sentence of the Kazakh and Russian letters comes from their own texts: no
    # English words slip in (the sample's legal basis title is English on purpose).
    for kind in LetterKind:
        letter = samples.letter(kind, legal_basis_title="", reasons="—", address="—",
                                commission=samples.commission(appeal_court={"ru": "Суд"}))
        for language in ("kk", "ru"):
            text = pdf.text(render(letter, language))
            for value in (samples.CASE_NUMBER, samples.REGISTER_NUMBER, "LR-13"):
                text = text.replace(value, "")
            latin = [word for word in text.split() if any("a" <= ch.lower() <= "z" for ch in word)]
            assert latin == [], (kind, language, latin)


def test_a_very_long_answer_is_printed_whole_in_paragraphs_of_bounded_length():
    from dataclasses import replace

    from app.documents import blocks

    words = [f"w{n:05d}" for n in range(30_000)]  # 210,000 characters on one line
    answer = " ".join(words)
    record = samples.interview()
    record = replace(record, entries=(replace(record.entries[0], answer=answer),))
    made = blocks.user_paragraphs("answer", answer)
    assert len(made) > 100
    assert all(len(p.text) <= blocks.PARAGRAPH_MAX for p in made)
    text = " ".join(pdf.text(render(record, "en")).split())
    found = [w for w in text.split() if w.startswith("w") and w[1:].isdigit()]
    assert found == words  # every word, once, in order


def test_a_line_without_spaces_is_cut_at_the_limit():
    from app.documents import blocks

    made = blocks.user_paragraphs("answer", "x" * (blocks.PARAGRAPH_MAX * 2 + 5))
    assert [len(p.text) for p in made] == [blocks.PARAGRAPH_MAX, blocks.PARAGRAPH_MAX, 5]
