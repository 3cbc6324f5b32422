// Normalization and tokenization of keyword phrases.
//
// Decisions (docs/planner.md explains them):
// - NFKC first, so full-width letters, ligatures (ﬁ), superscripts and compatibility forms compare equal.
// - Case folding is the Unicode full folding where it matters for keywords: lower case, ß/ẞ → "ss", final
//   sigma → sigma; Turkish and Azerbaijani fold I/İ by their own rules when the language says so.
// - Accents are KEPT in the dedupe key (`normalizePhrase`): "año" (year) and "ano" are different keywords,
//   and so are "résumé" and "resume" to a searcher. They are FOLDED in the matching signature (`stems`),
//   because people often type without them and such variants belong in the same cluster.
// - Punctuation becomes a word break, except where it is part of a term: a decimal point between digits
//   ("3.5", and "3,5" written the European way), "&" inside a word ("h&m", "at&t"), trailing "+"/"#"
//   ("c++", "c#"), and apostrophes inside a word, which are dropped ("women's" → "womens", "don't" → "dont").
// - Scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) are split into words with
//   Intl.Segmenter (ICU dictionaries in Node), so "東京ホテル" and "東京 ホテル" are one keyword.
// A word, optionally joined to the next one by a term-internal mark: a decimal separator between digits,
// "&" between letters or digits, or an apostrophe before a letter; then optional trailing "+"/"#".
const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:(?:(?<=\p{N})[.,](?=\p{N})|&(?=[\p{L}\p{N}])|['\u2018\u2019\u02BC\u00B4`](?=\p{L}))[\p{L}\p{M}\p{N}]+)*[+#]*/gu;
const ASCII_TOKEN_RE = /[a-z0-9]+(?:(?:(?<=[0-9])[.,](?=[0-9])|&(?=[a-z0-9])|['`](?=[a-z]))[a-z0-9]+)*[+#]*/g;
const APOSTROPHE_RE = /['\u2018\u2019\u02BC\u00B4`]/;
const APOSTROPHES_RE = /['\u2018\u2019\u02BC\u00B4`]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;
const UNSPACED_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const COMBINING_MARKS_RE = /\p{Mn}+/gu;

// French and Italian elisions: the article or pronoun before the apostrophe is a word of its own
// ("l'eau" → "l", "eau"; "dell'anno" → "dell", "anno"), so the noun can match "eau" elsewhere.
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu',
  'dell',
  'dall',
  'nell',
  'sull',
  'all',
  'coll',
  'quell',
  'quest',
  'un',
  'gl',
]);

/** Lower case with full case folding for ß and final sigma; Turkic dotted/dotless i when the language is tr/az. */
export function caseFold(text: string, language?: string | null): string {
  const tag = language?.slice(0, 2).toLowerCase();
  const lower = tag === 'tr' || tag === 'az' ? text.toLocaleLowerCase(tag) : text.toLowerCase();
  if (ASCII_RE.test(lower)) return lower;
  let out = lower;
  if (out.includes('ß')) out = out.replaceAll('ß', 'ss');
  if (out.includes('ς')) out = out.replaceAll('ς', 'σ');
  // "İ".toLowerCase() outside Turkish is "i" + COMBINING DOT ABOVE; the dot carries no meaning there.
  if (out.includes('i\u0307')) out = out.replaceAll('i\u0307', 'i');
  return out;
}

const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const SPECIAL_LETTERS_RE = /[øłđðħıæœþ]/g;

/** Strips accents and other combining marks ("crème brûlée" → "creme brulee", "ñ" → "n", "ø" → "o"). */
export function foldDiacritics(text: string): string {
  if (ASCII_RE.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS_RE, '')
    .replace(SPECIAL_LETTERS_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFC');
}

let segmenters = new Map<string, Intl.Segmenter>();

/** The language as a locale Intl takes, 'und' for none or for a tag it refuses (a keyword's language is free text). */
function localeOf(language: string | null | undefined): string {
  if (!language) return 'und';
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'und';
  } catch {
    return 'und';
  }
}

function segmentWords(text: string, language: string | null | undefined): string[] {
  const locale = localeOf(language);
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    if (segmenters.size > 32) segmenters = new Map();
    segmenter = new Intl.Segmenter(locale === 'und' ? undefined : locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/**
 * The raw tokens of a phrase after NFKC and case folding, with their term-internal marks still in
 * ("l'eau", "3,5", "h&m"). Shared by `normalizePhrase` and `tokenize`, which treat apostrophes differently.
 */
function rawTokens(phrase: string, language: string | null | undefined): string[] {
  const tag = language?.slice(0, 2).toLowerCase();
  if (tag !== 'tr' && tag !== 'az' && ASCII_RE.test(phrase)) return phrase.toLowerCase().match(ASCII_TOKEN_RE) ?? [];
  const folded = caseFold(phrase.normalize('NFKC'), language);
  const tokens = folded.match(TOKEN_RE) ?? [];
  if (!UNSPACED_SCRIPT_RE.test(folded)) return tokens;
  const out: string[] = [];
  for (const t of tokens) {
    if (UNSPACED_SCRIPT_RE.test(t)) out.push(...segmentWords(t, language));
    else out.push(t);
  }
  return out;
}

// Decimal commas become points so "3,5" and "3.5" are the same term.
const unifyDecimal = (t: string) => (t.includes(',') ? t.replaceAll(',', '.') : t);

/**
 * The dedupe key of a keyword: NFKC, case folded (ß → ss), punctuation and whitespace collapsed to single
 * spaces, apostrophes inside words dropped, accents kept. Two keywords of a site with the same key are the
 * same keyword. The language only matters for Turkish and Azerbaijani case folding.
 */
export function normalizePhrase(phrase: string, language?: string | null): string {
  const tokens = rawTokens(phrase, language);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (APOSTROPHE_RE.test(t)) tokens[i] = unifyDecimal(t.replace(APOSTROPHES_RE, ''));
    else tokens[i] = unifyDecimal(t);
  }
  return tokens.join(' ');
}

/**
 * The words of a phrase, normalized like `normalizePhrase` (accents kept, no stop words removed), with
 * apostrophes resolved: French/Italian elisions split ("l'eau" → "l", "eau"), the English possessive "'s"
 * dropped ("women's" → "women"), any other apostrophe joined ("don't" → "dont").
 */
export function tokenize(phrase: string, language?: string | null): string[] {
  const raw = rawTokens(phrase, language);
  const out: string[] = [];
  for (const t of raw) {
    if (!APOSTROPHE_RE.test(t)) {
      out.push(unifyDecimal(t));
      continue;
    }
    const parts = t.split(APOSTROPHES_RE);
    let word = '';
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (i === 0) {
        word = part;
        continue;
      }
      if (part === 's' && i === parts.length - 1) continue; // English possessive
      if (ELISIONS.has(word)) {
        out.push(word);
        word = part;
      } else {
        word += part;
      }
    }
    if (word) out.push(unifyDecimal(word));
  }
  return out;
}
