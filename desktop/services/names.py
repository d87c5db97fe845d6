"""Folded name keys for search and duplicate checks (DESIGN.md, "Name matching").

The same visitor reaches a branch written by different hands: a Russian-style
Cyrillic register (Абдуллаев), a Kazakh or Tajik Cyrillic document (Қайрат,
Ҷамшед), an ICAO 9303 passport line (ABDULLAEV), Uzbek Latin (Abdullayev,
O‘ktam), or the Arabic script of an Afghan tazkira (محمد احمدی). Comparing raw
strings would register one person several times, so every name is reduced to a
*key*: a lower-case [a-z] spelling in which the usual differences between those
writings have been folded away. Keys are stored and indexed; fuzzy scoring
(rapidfuzz) then ranks the few candidates a key search returns.

Pure functions, no Qt, no database. Everything expensive (translation tables,
regexes, the Afghan name table) is built once at import; per-word results are
cached because a register holds a few thousand distinct words at most.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

__all__ = ["fold_name", "fold_words", "name_similarity", "relative_key", "relative_word", "sex_of_words",
           "minor_words", "query_weight", "typed_similarity", "typed_word_similarity", "variant_key", "word_similarity"]

# --- Step 1: apostrophes -------------------------------------------------------
# Uzbek Latin writes ў as o‘ and ғ as g‘, Tajik and Uzbek Cyrillic write the
# glottal stop as ъ, and every keyboard offers a different apostrophe. They carry
# no information a clerk could be relied on to type, so all of them go. The
# acute accent (U+00B4) is here too because NFKC would turn it into a space plus
# a combining mark and split "O´ktam" into two words.
_APOSTROPHES = "'`´ʹʻʼʽʾʿˈ‘’‛′＇"
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
# Uzbek o‘ is the vowel ў, which Russian-style registers write as у (Ўктам,
# O‘ktam, Уктам). Folding "o + apostrophe" to u keeps the three together; a
# passport that dropped the apostrophe (OKTAM) is then one letter off, which
# name_similarity still scores as close.
_UZBEK_O_RE = re.compile(f"[oO][{_APOSTROPHES}]")

# --- Step 2: one translation table ----------------------------------------------
# Cyrillic after casefold. The base is ICAO 9303 (the Machine Readable Zone of
# every passport a visitor carries), extended with the letters of Kazakh,
# Kyrgyz, Tajik and Uzbek Cyrillic. Where a letter has a Russian-register
# equivalent the table follows it, because most existing records in a Kazakh
# branch were typed in Russian Cyrillic: ә→a (Әсел/Асель), ң→n (Жеңиш/Жениш),
# ҷ→j (Ҷамшед/Джамшед, after dzh→j below), ў→u (Ўктам/Уктам).
# ё, й, ю, я, ы go to y-spellings that the spelling folds below reduce to the
# same key as ICAO's i-spellings (Юсупов: YUSUPOV, IUSUPOV).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
    # Tajik (ғ қ shared with Kazakh)
    "ҷ": "j", "ҳ": "h", "ӣ": "i", "ӯ": "u",
    # Uzbek Cyrillic (ғ қ ҳ shared above)
    "ў": "u",
    # Ukrainian and Belarusian letters that turn up in Russian-citizen names
    "є": "ye", "ї": "yi", "ґ": "g",
}
# Latin letters whose anyascii reading loses a sound the other scripts keep:
# Kazakh (2021) and Turkish-style ş ç ñ, Tajik/Czech-style č š ž ǰ, the schwa
# of Azerbaijani and early Kazakh Latin.
_LATIN_EXTRA = {
    "ş": "sh", "ș": "sh", "ç": "ch", "ñ": "n", "ğ": "g", "ı": "i",
    "č": "ch", "š": "sh", "ž": "zh", "ǰ": "j", "ə": "a", "ä": "a",
}


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in _CYRILLIC.items()}
    table.update({ord(k): v for k, v in _LATIN_EXTRA.items()})
    # Modifier letters (Lm: ʻ ʼ ˈ, the Arabic tatweel), combining marks left over
    # after NFKC (Arabic short-vowel signs, the dot of a casefolded İ) and format
    # characters (the zero-width non-joiner inside Persian names such as
    # حیات‌الله) never distinguish two people. Scanning the BMP once costs
    # a few milliseconds at import and keeps the per-name work to one translate().
    for cp in range(0x10000):
        if cp not in table and unicodedata.category(chr(cp)) in ("Lm", "Mn", "Me", "Cf"):
            table[cp] = None
    for ch in "،؛؟":  # Arabic comma, semicolon, question mark separate words
        table[ord(ch)] = " "
    return table


_TABLE = _build_table()

# --- Step 3: Arabic script (Dari, Pashto) --------------------------------------------
# Arabic script leaves short vowels unwritten, so a letter-by-letter reading of
# محمد gives "mhmd" and can never meet "Mohammad". Afghan given names and the
# surnames built from them come from a small, well-known stock, so the common
# ones are listed with their usual Latin spelling; compounds (-i, -zai, -ullah,
# -jan) are recognised around a listed stem; anything else falls back to a
# reading that at least writes the long vowels, and name_similarity compares
# vowel skeletons so such a key still lands near its Latin spelling.
_ARABIC_NORMALISE = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ء": None,
})
_AFGHAN_NAMES_TEXT = """
محمد muhammad | احمد ahmad | علی ali | حسن hassan | حسین hussain | کریم karim
رحیم rahim | نذیر nazir | نظیر nazir | فرید farid | حمید hamid | حامد hamid
جواد javad | محمود mahmud | یوسف yusuf | امید omid | بشیر bashir | نجیب najib
رحمت rahmat | عبدالله abdullah | جاوید javid | شفیق shafiq | احسان ehsan
رضا reza | ذبیح zabih | سید sayed | مسعود masud | وحید wahid | عزیز aziz
حبیب habib | رسول rasul | قادر qader | حکیم hakim | صمد samad | جلال jalal
امیر amir | هاشم hashim | نظر nazar | سلطان sultan | حیدر haidar | نور noor
عمر omar | عثمان usman | ابراهیم ibrahim | اسماعیل ismail | مصطفی mustafa
نصیر nasir | ناصر nasir | خالد khalid | طارق tariq | شریف sharif | فهیم fahim
نوید navid | همایون humayun | ولی wali | غلام ghulam | اکبر akbar | اصغر asghar
زهرا zahra | فاطمه fatima | مریم maryam | سکینه sakina | معصومه masuma
نرگس nargis | پروانه parwana | شبنم shabnam | فرشته freshta | مرضیه marzia
لیلا laila | لیلی laila | گلالی gulalai | مینا mina | خدیجه khadija
زینب zainab | حمیده hamida | نازیه nazia | رحیمه rahima | فریده farida
شکریه shukria | عایشه aisha | سمیرا samira | ملالی malalai | زرغونه zarghuna
صافی safi | سادات sadat | پوپل popal | ستانکزی stanikzai | وردک wardak
"""


def _parse_afghan_names(text: str) -> dict[str, str]:
    names = {}
    for item in text.replace("\n", "|").split("|"):
        if item.strip():
            arabic, latin = item.split()
            names[arabic.translate(_ARABIC_NORMALISE)] = latin
    return names


_AFGHAN_NAMES = _parse_afghan_names(_AFGHAN_NAMES_TEXT)
# Suffixes that build Afghan surnames and compound given names from a stem:
# nisba -i (Ahmadi), Pashtun -zai (Ahmadzai), -ullah (Najibullah), -jan (Ahmadjan).
_ARABIC_SUFFIXES = (("الله", "ullah"), ("زی", "zai"), ("جان", "jan"), ("ی", "i"))
_ARABIC_LETTERS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s",
    "ش": "sh", "ص": "s", "ض": "z", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ټ": "t", "ډ": "d", "ړ": "r", "ږ": "zh", "ښ": "sh", "ځ": "dz",
    "څ": "ts", "ڼ": "n", "ګ": "g", "ۍ": "ai", "ې": "e", "ا": "a",
}


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def _arabic_letters(word: str) -> str:
    """Reading of an unlisted word: consonants plus the long vowels that are written."""
    out = []
    last = len(word) - 1
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i < last else ""
        if ch == "و":  # waw is a consonant at the start or before alif, else the vowel u
            out.append("v" if i == 0 or nxt == "ا" else "u")
        elif ch == "ی":  # likewise ye: y or i
            out.append("y" if i == 0 or nxt == "ا" else "i")
        elif ch == "ه" and i == last and i > 0:  # final he is the feminine -a/-eh
            out.append("a")
        else:
            out.append(_ARABIC_LETTERS.get(ch, anyascii(ch)))
    return "".join(out)


@lru_cache(maxsize=8192)
def _arabic_word(run: str) -> str:
    word = run.translate(_ARABIC_NORMALISE)
    if word in _AFGHAN_NAMES:
        return _AFGHAN_NAMES[word]
    for suffix, latin in _ARABIC_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem in _AFGHAN_NAMES:
            return _AFGHAN_NAMES[stem] + latin
    return _arabic_letters(word)


def _other_script(match: re.Match[str]) -> str:
    run = match.group()
    if any(_is_arabic(ch) for ch in run):
        # A run can mix Arabic letters with other non-ASCII marks; read each part.
        return " ".join(_arabic_word(part) if _is_arabic(part[0]) else anyascii(part)
                        for part in _ARABIC_RUN_RE.findall(run)).lower()
    return anyascii(run).lower()


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
_ARABIC_RUN_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f]+|[^\u0600-\u06ff\u0750-\u077f]+")
_WORD_RE = re.compile(r"[a-z]+")

# --- Step 4: spelling folds on one ASCII word -------------------------------------
# One pass, longest alternatives first. Each line is a pair of spellings that
# registers use for the same sound:
#   shch/sh   щ (ICAO shch)                     tch/ch    French-style Tchoriev
#   dzh dj zh/j  Russian Дж, Ж; Uzbek and Tajik j (Jamshid, Jasur, Ҷамшед)
#   kh x/h    Russian Х, Uzbek x (Xurshid), Tajik and Afghan h
#   gh/g      Tajik ғ (Ghulom), Afghan Ghulam   q/k       Uzbek, Tajik, Afghan q
#   ph/f, w/v Afghan English spellings (Jawad, Javad)
#   ts/c      ICAO ts for ц
#   ee oo ou  English-style Afghan spellings (Nazeer, Mahmood, Yousuf); "ee"
#             before v is left alone because that is Russian -еев (Сергеев).
_DIGRAPHS = {
    "shch": "sh", "tch": "ch", "dzh": "j", "dj": "j", "zh": "j", "kh": "h",
    "gh": "g", "ph": "f", "ts": "c", "oo": "u", "ou": "u", "x": "h",
    "q": "k", "w": "v",
}
_DIGRAPH_RE = re.compile("ee(?!v)|" + "|".join(sorted(_DIGRAPHS, key=len, reverse=True)))
_DIGRAPHS["ee"] = "i"
# ё after a consonant is written e in ICAO and most registers (Фёдор, FEDOR,
# Fyodor; Алёна, Alyona, Alena).
_CONSONANT_YO_RE = re.compile(r"(?<=[bcdfghjklmnprstvz])yo")
# й and ye/ya/yu written with y or i, and the y/i that Abdullayev puts between
# vowels and Абдуллаев leaves out: after y→i, an i between two vowels goes.
_I_BETWEEN_VOWELS_RE = re.compile(r"(?<=[aeiou])i(?=[aeiou])")
# A final -ah/-eh is the Arabic/Persian feminine or a silent h (Abdullah,
# Абдулла; Fatemeh, Фатима).
_FINAL_H_RE = re.compile(r"(?<=..)[ae]h$")
_DOUBLE_RE = re.compile(r"(.)\1+")
# The most common given name in the world has a dozen spellings (Mohammad,
# Muhammad, Mukhammed, Mohamed, Mahammad); a fold that kept them apart would
# defeat the purpose, and the prefix catches Muhammadali, Mohammadi too.
_MUHAMMAD_RE = re.compile(r"^m[aou]ham[ae]d")


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    # dj→j runs again after dzh→j: Tajik Саидҷон (d + ҷ) and Russian Саидджон
    # (d + дж) must both lose the d, as Ahmadjon and Ахмаджон do.
    w = _DIGRAPH_RE.sub(lambda m: _DIGRAPHS[m.group()], word).replace("dj", "j")
    w = _CONSONANT_YO_RE.sub("e", w)
    w = w.replace("y", "i")
    if w.startswith("ie"):  # Yerlan/Ерлан, Yevgeniy/Евгений
        w = w[1:]
    w = _I_BETWEEN_VOWELS_RE.sub("", w)
    w = _FINAL_H_RE.sub("a", w)
    w = _DOUBLE_RE.sub(r"\1", w)
    return _MUHAMMAD_RE.sub("muhamad", w)


@lru_cache(maxsize=65536)
def _folded(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` in sorted order, duplicates kept."""
    if _APOSTROPHE_RE.search(text):
        text = _APOSTROPHE_RE.sub("", _UZBEK_O_RE.sub("u", text))
    s = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    if not s.isascii():
        s = _NON_ASCII_RE.sub(_other_script, s)
    words = (_fold_word(w) for w in _WORD_RE.findall(s))
    return tuple(sorted(w for w in words if w))


def fold_name(text: str | None) -> str:
    """The search and duplicate key of a name or a single name word.

    Words are folded one by one and sorted, so the order in which a register put
    family and given name does not matter: ``fold_name("Абдуллаев Рустам") ==
    fold_name("RUSTAM ABDULLAYEV") == "abdulaev rustam"``.
    """
    if not text:
        return ""
    return " ".join(_folded(text))


def fold_words(text: str | None) -> list[str]:
    """The distinct folded words of ``text``, sorted: what prefix search indexes."""
    if not text:
        return []
    return sorted(set(_folded(text)))


# --- Relatives --------------------------------------------------------------------
# Family members share a surname that changes with sex (Абдуллаева, Ковальская)
# and a patronymic built from the father's name (Каримович/Каримовна,
# Серікұлы/Серікқызы, o‘g‘li/qizi). The relative key maps each gendered form to
# its stem so a search for one finds the others. Rules run on folded words, so
# -skaya has already become -ska and -ovna stays -ovna.
_RELATIVE_RULES = (
    (re.compile(r"ska$"), "ski"),  # Ковальская → Ковальский
    (re.compile(r"(?<=[oe]v)(?:na|ich)$"), ""),  # -ovna/-ovich → -ov
    (re.compile(r"(?<=ich)na$"), ""),  # Ильинична, Никитична → -ich
    (re.compile(r"(?<=...)(?:k?uli|kizi)$"), ""),  # Серікұлы/Серікқызы → Серік
    (re.compile(r"(?<=..[^aeiou])a$"), ""),  # -ova, -eva, -ina and other feminine -a
)
# Patronymic markers written as separate words (Uzbek o‘g‘li/qizi, Kyrgyz uulu/kyzy).
_GENDER_WORDS = frozenset({"ugli", "ogli", "uli", "ulu", "kizi", "kiz"})


@lru_cache(maxsize=65536)
def relative_word(word: str) -> str:
    """One folded word without its feminine or patronymic ending ('' for a
    word such as o‘g‘li that only marks the sex)."""
    if word in _GENDER_WORDS:
        return ""
    for pattern, repl in _RELATIVE_RULES:
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


def relative_key(word_or_name: str | None) -> str:
    """A second key that ignores feminine endings, to find a person's relatives.

    ``relative_key("Абдуллаева") == relative_key("Абдуллаев") == "abdulaev"``.
    """
    if not word_or_name:
        return ""
    return " ".join(sorted(w for w in map(relative_word, _folded(word_or_name)) if w))


# --- Scoring ----------------------------------------------------------------------
# Folding makes one key of the spellings that are mechanical (scripts,
# transliteration tables). What is left are spellings that registers choose
# differently for the same name, and that a fold cannot join without joining
# different people too (Abdullaev and Abdulloev are two families): Uzbek and
# Tajik vowels that Russian registers write otherwise (Rahmonova/Рахманова,
# Normatov/Нарматов: a/o; u/o; i/e), ё written е or yo (Ёркин/Еркин/Yorkin),
# and the initial glide written J, Y, I or not at all (Juldasheva/Yuldasheva/
# Iuldasheva). Two tools handle them: a *variant key* (vowels as one class,
# the initial glide dropped) that finds such spellings among the words of the
# register, and a weighted edit distance that scores them as near: a
# substitution within one of these classes costs a fraction of a full edit.
_VOWELS = frozenset("aeiou")
_VOWEL_RUN_RE = re.compile(r"[aeiou]+")
_INITIAL_GLIDE_RE = re.compile(r"^[ij](?=[aeiou])")
_NEAR: dict[str, float] = {}
for _pair, _cost in (
        ("ao", 0.2),   # Uzbek/Tajik o, Russian-register a (Rahmonov/Рахманов)
        ("ou", 0.25),  # Tajik ӯ and Uzbek o‘ read u or o (Jo‘rayev/Dzhuraev)
        ("ie", 0.25),  # и/е/ы/э (Elmira/Ilmira, ICAO ie for ъ)
        ("ae", 0.4),   # Ahmad/Ahmed, Rustam/Rustem
        ("eo", 0.5),   # ё written е (Ёркин/Еркин)
        ("au", 0.5), ("ai", 0.6), ("ui", 0.6), ("eu", 0.6),
        ("gh", 0.5),   # Russian г for Arabic and Persian h (Ибрагим/Ibrahim)
        ("kg", 0.6), ("kh", 0.6), ("dt", 0.6), ("bp", 0.6),
        ("sz", 0.5), ("cs", 0.5), ("fv", 0.5),
        ("uv", 0.5),   # Afghan w read as a vowel or as v (Navruz/Nauruz)
):
    _NEAR[_pair] = _NEAR[_pair[::-1]] = _cost
# The initial glide: Юлдашева is Yuldasheva, Iuldasheva (ICAO) and Juldasheva.
_INITIAL_GLIDE_COST = 0.2
_TRANSPOSITION_COST = 0.8  # two neighbouring letters typed in the wrong order
_PATRONYMIC_RE = re.compile(r"(?:vich|vna|ich|ichna|uli|kizi|ugli|ulu)$")


def variant_key(word: str) -> str:
    """A coarse key of one folded word: vowels as one class, the initial glide
    dropped. Spellings that differ only there share it (Rahmonova and
    Rahmanova, Yuldasheva and Juldasheva, Yorkin and Erkin)."""
    return _VOWEL_RUN_RE.sub("a", _INITIAL_GLIDE_RE.sub("", word))


def _indel_cost(word: str, at: int) -> float:
    ch = word[at]
    if ch == "i" and ((at > 0 and word[at - 1] in _VOWELS) or (at + 1 < len(word) and word[at + 1] in _VOWELS)):
        return 0.3  # a glide next to a vowel: Aliev/Aliyev, Mariam/Maryam after folding
    if ch == "h":
        return 0.4  # a silent or dropped h: Ahmad/Amad, Shohruh/Shoruh
    return 0.6 if ch in _VOWELS else 1.0


def _substitution_cost(x: str, y: str, at_start: bool) -> float:
    if at_start and {x, y} == {"i", "j"}:
        return _INITIAL_GLIDE_COST
    return _NEAR.get(x + y, 1.0)


def _swapped_pair(a: str, b: str, op, nxt) -> bool:
    """Two neighbouring operations that together move one letter by one place."""
    if nxt is None:
        return False
    if op.tag == "replace" and nxt.tag == "replace":
        i, j = op.src_pos, op.dest_pos
        return (nxt.src_pos == i + 1 and nxt.dest_pos == j + 1
                and a[i] == b[j + 1] and a[i + 1] == b[j])
    if {op.tag, nxt.tag} == {"insert", "delete"} and abs(op.src_pos - nxt.src_pos) <= 1:
        inserted = b[op.dest_pos] if op.tag == "insert" else b[nxt.dest_pos]
        deleted = a[op.src_pos] if op.tag == "delete" else a[nxt.src_pos]
        return inserted == deleted
    return False


@lru_cache(maxsize=16384)
def _edit_cost(a: str, b: str) -> float:
    # The alignment is rapidfuzz's (plain Levenshtein, in C); its operations
    # are then priced by how registers really differ. That can miss a cheaper
    # alignment now and then, never by more than the difference of one edit.
    ops = list(Levenshtein.editops(a, b))
    cost = 0.0
    skip = False
    for n, op in enumerate(ops):
        if skip:
            skip = False
            continue
        if _swapped_pair(a, b, op, ops[n + 1] if n + 1 < len(ops) else None):
            cost += _TRANSPOSITION_COST
            skip = True
        elif op.tag == "replace":
            cost += _substitution_cost(a[op.src_pos], b[op.dest_pos], op.src_pos == 0 and op.dest_pos == 0)
        elif op.tag == "delete":
            cost += _indel_cost(a, op.src_pos)
        else:
            cost += _indel_cost(b, op.dest_pos)
    return cost


def word_similarity(a: str, b: str) -> float:
    """How alike two folded words are, 0 to 100: one minus the weighted edit
    cost per letter of the longer word. Symmetric."""
    if a == b:
        return 100.0
    if not a or not b:
        return 0.0
    if a > b:
        a, b = b, a
    return max(0.0, 100.0 * (1.0 - _edit_cost(a, b) / max(len(a), len(b))))


def _aligned(a: list[str], b: list[str]) -> tuple[float, float, list[int]]:
    """Pair the words of ``a`` with those of ``b`` best first, each at most
    once. Returns the sum of similarity × weight, the weight, and which words
    of ``b`` were used."""
    pairs = sorted(((word_similarity(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)),
                   reverse=True)
    used_a: set[int] = set()
    used_b: list[int] = []
    total = weight = 0.0
    for score, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.append(j)
        w = max(len(a[i]), len(b[j]))
        total += score * w
        weight += w
        if len(used_a) == len(a) or len(used_b) == len(b):
            break
    return total, weight, used_b


def name_similarity(a_key: str, b_key: str) -> float:
    """How alike two folded keys are, 0 to 100, for the duplicate check.

    Words are paired best-first (order never matters); the score is the
    length-weighted mean of the paired words' similarity, lowered a little when
    the longer name has words the shorter one lacks (a patronymic one register
    left out) and never below rapidfuzz's token_sort_ratio of the whole keys,
    which catches words run together (Abdul Aziz, Abdulaziz).
    """
    if not a_key or not b_key:
        return 0.0
    if a_key == b_key:
        return 100.0
    a, b = a_key.split(), b_key.split()
    if len(a) > len(b) or (len(a) == len(b) and a_key > b_key):
        a, b = b, a
    total, weight, used_b = _aligned(a, b)
    matched = sum(len(b[j]) for j in used_b)
    # Words of the longer name left unpaired lower the score. A patronymic counts
    # a quarter of its length: registers drop it far more often than a surname,
    # and a long one (Вячеславович) should not bury a matching family and given name.
    unmatched = sum(len(y) / (4 if _PATRONYMIC_RE.search(y) else 1)
                    for j, y in enumerate(b) if j not in used_b)
    coverage = matched / (matched + unmatched)
    aligned = total / weight * (0.7 + 0.3 * coverage)
    return round(max(aligned, fuzz.token_sort_ratio(a_key, b_key)), 1)


@lru_cache(maxsize=16384)
def typed_word_similarity(typed: str, word: str, *, partial: bool = False) -> float:
    """A word typed into the search box against a stored word. ``partial``:
    the word is still being typed (the last one), so a stored word it begins
    matches it, a shade below the word itself (Abdullaev ranks the Abdullaevs
    just above the Abdullaevas), and so does a spelling variant of the stored
    word's beginning (Rahmo… for Rahmanova). A finished word is compared
    whole: Safar is not Safarov."""
    if typed == word:
        return 100.0
    score = word_similarity(typed, word)
    if partial:
        unfinished = min(2.0, 0.25 * (len(word) - len(typed)))
        if len(typed) >= 2 and word.startswith(typed):
            return 100.0 - unfinished
        if len(typed) >= 3 and len(word) > len(typed) + 1:
            score = max(score, word_similarity(typed, word[:len(typed)]) - unfinished)
    return score


# A typed word with nothing to pair with: a patronymic the register never
# wrote is unknown, not wrong; any other word counts as missing.
UNPAIRED_PATRONYMIC = 85.0
MINOR_WORD = 0.9


def query_weight(word: str) -> float:
    """How much one typed word counts in a search score: its length, a
    patronymic a quarter of it (registers leave it out, and it never tells
    one family member from another)."""
    return len(word) / 4 if _PATRONYMIC_RE.search(word) else float(len(word))


def typed_similarity(typed: list[str], key_words: list[str], partial: frozenset[str] = frozenset(),
                     minor: frozenset[str] = frozenset()) -> float:
    """How well a stored name answers what was typed, 0 to 100.

    Each typed word is paired with a different stored word, best pairs first;
    the score is the mean of the typed words' similarities weighted by
    query_weight. Stored words nobody typed cost nothing (a surname alone fully
    answers a search for the surname), but every typed word that finds no
    near word lowers the score: a full-name match ranks above a surname-only
    one, and one word that matches nothing never hides the person.
    ``partial``: typed words still being typed (see typed_word_similarity).
    ``minor``: stored words that are only the father's name in a patronymic
    (Рустам in "Рустам угли"); a typed given name found there is a weaker
    match than the person's own given name.
    """
    if not typed or not key_words:
        return 0.0
    if not minor.intersection(typed) and set(key_words).issuperset(typed) and len(set(typed)) == len(typed):
        return 100.0  # every typed word is there as written: the common case of namesakes
    pairs = []
    for i, x in enumerate(typed):
        lesser = bool(minor) and not _PATRONYMIC_RE.search(x)
        for j, y in enumerate(key_words):
            score = typed_word_similarity(x, y, partial=x in partial)
            if lesser and y in minor:
                score *= MINOR_WORD
            pairs.append((score, i, j))
    pairs.sort(reverse=True)
    best: dict[int, float] = {}
    used: set[int] = set()
    for score, i, j in pairs:
        if i in best or j in used:
            continue
        best[i] = score
        used.add(j)
        if len(best) == len(typed) or len(used) == len(key_words):
            break
    total = weight = 0.0
    for i, word in enumerate(typed):
        w = query_weight(word)
        if i in best:
            score = best[i]
        else:
            score = UNPAIRED_PATRONYMIC if _PATRONYMIC_RE.search(word) else 0.0
        total += score * w
        weight += w
    return total / weight if weight else 0.0


def minor_words(family: str, given: str, patronymic: str) -> frozenset[str]:
    """The folded words of a patronymic that are not also a family or given
    name: the father's name written as a word of its own (Рустам угли)."""
    if not patronymic:
        return frozenset()
    return _minor(family, given, patronymic)


@lru_cache(maxsize=16384)
def _minor(family: str, given: str, patronymic: str) -> frozenset[str]:
    return frozenset(_folded(patronymic)) - set(_folded(family + " " + given))


# --- Sex from the words of a name ---------------------------------------------------
# A surname or patronymic with a gendered ending tells the sex of whoever is
# meant: a search for Abdullaev looks for a man, Abdullaeva for a woman.
_MALE_ENDING_RE = re.compile(r"(?:[oe]v|[iy]n|ovich|evich|ich|uli|ugli|ogli|uulu|ski)$")
_FEMALE_ENDING_RE = re.compile(r"(?:[oe]va|[iy]na|ovna|evna|ichna|kizi|ska)$")
_MALE_WORDS = frozenset({"ugli", "ogli", "uli", "ulu", "uulu"})
_FEMALE_WORDS = frozenset({"kizi", "kiz"})


def sex_of_words(words: list[str]) -> str:
    """'M' or 'F' when the gendered endings of the folded words agree, else ''."""
    male = female = False
    for w in words:
        if len(w) < 4:
            continue
        if w in _FEMALE_WORDS or _FEMALE_ENDING_RE.search(w):
            female = True
        elif w in _MALE_WORDS or _MALE_ENDING_RE.search(w):
            male = True
    return "M" if male and not female else "F" if female and not male else ""
