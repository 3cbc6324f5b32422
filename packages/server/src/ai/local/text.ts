// Small lexical toolkit shared by the local provider's tasks and embeddings: normalisation, a light stemmer,
// stopwords and question detection for the four languages the product ships with (en, es, de, fr).

export type Language = 'en' | 'es' | 'de' | 'fr';
export const LANGUAGES: readonly Language[] = ['en', 'es', 'de', 'fr'];

export function normalizeLanguage(language: string | undefined): Language {
  const base = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** Lower-case, trimmed, single-spaced: the form keywords are compared in. */
export function normalizePhrase(phrase: string): string {
  return phrase.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Accents removed, so `café` and `cafe` (or `cómo` and `como`) land on the same term. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Words as typed (lower-cased), with surrounding punctuation dropped; apostrophes and hyphens stay inside words. */
export function words(text: string): string[] {
  return normalizePhrase(text)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length > 0);
}

const STOPWORDS: Record<Language, string[]> = {
  en: 'a an and are as at be by can do does for from how i in is it its of on or should that the this to vs was what when where which who why will with without you your my me near'.split(
    ' ',
  ),
  es: 'a al como con cual cuales cuando cuanto de del donde el en es esta este la las lo los mas me mi o para por porque que quien se sin su sus un una uno y'.split(
    ' ',
  ),
  de: 'am an auf aus bei das dem den der des die ein eine einem einen einer es fur gibt im in ist kann man mit nach oder so und vom von vs warum was welche welcher wer wie wieso wo zu zum zur'.split(
    ' ',
  ),
  fr: 'a au aux avec ce ces combien comment dans de des du en est et faut il la le les leur ou par pour pourquoi quand que quel quelle quelles quels qui sans se sur un une'.split(
    ' ',
  ),
};

/** Stopwords of every language at once: keyword lists are often mixed, and a stopword is noise in any of them. */
const ALL_STOPWORDS = new Set(Object.values(STOPWORDS).flatMap((list) => list.map((w) => foldAccents(w))));

/**
 * Words that say what the searcher wants rather than what about: they should not become sub-topics
 * (`best running shoes` is the head topic with a commercial modifier, not a topic called "best").
 */
const MODIFIERS = new Set(
  [
    'best top cheap cheapest buy price prices cost review reviews online free new guide near tips ideas vs versus',
    'mejor mejores barato baratos barata baratas comprar precio precios gratis opiniones oferta ofertas',
    'beste besten günstig gunstig kaufen preis preise kostenlos test',
    'meilleur meilleurs meilleure meilleures pas cher acheter prix gratuit avis',
  ]
    .join(' ')
    .split(' ')
    .map((w) => foldAccents(w)),
);

/**
 * A deliberately light suffix stripper: it only has to make plural/singular and a few verb forms meet
 * (`shoes`/`shoe`, `running`/`run`), in four languages, without a dictionary.
 */
export function stem(word: string): string {
  let w = foldAccents(word.toLowerCase()).replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    // `running` → `runn` → `run`
    if (/([^aeiou])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  return w;
}

export function isStopword(word: string): boolean {
  return ALL_STOPWORDS.has(foldAccents(word.toLowerCase()));
}

export function isModifier(word: string): boolean {
  return MODIFIERS.has(foldAccents(word.toLowerCase()));
}

/** A number or a year says nothing about the topic (`running shoes 2026`). */
function isNumeric(word: string): boolean {
  return /^\p{N}+$/u.test(word);
}

/** Stems of the words that carry the topic: no stopwords, no intent modifiers, no numbers. */
export function topicStems(text: string): string[] {
  return words(text)
    .filter((w) => !isStopword(w) && !isModifier(w) && !isNumeric(w))
    .map(stem)
    .filter((s) => s.length > 1);
}

/** Every content word's stem (modifiers included): what embeddings and overlap checks look at. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((w) => !isStopword(w))
    .map(stem)
    .filter((s) => s.length > 0);
}

const QUESTION_STARTS: string[] = [
  // en
  'how',
  'what',
  'why',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'can',
  'could',
  'does',
  'do',
  'did',
  'is',
  'are',
  'should',
  'will',
  'would',
  // es (accents folded: `cómo` → `como`)
  'como',
  'que',
  'por que',
  'porque',
  'cual',
  'cuales',
  'cuando',
  'donde',
  'quien',
  'quienes',
  'cuanto',
  'cuanta',
  'cuantos',
  'cuantas',
  'puedo',
  'se puede',
  // de
  'wie',
  'was',
  'warum',
  'wieso',
  'weshalb',
  'wann',
  'wo',
  'woher',
  'wohin',
  'welche',
  'welcher',
  'welches',
  'wer',
  'kann',
  'muss',
  'ist',
  'sind',
  // fr
  'comment',
  'pourquoi',
  'quoi',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'quand',
  'ou',
  'qui',
  'combien',
  'est-ce',
  "qu'est-ce",
  'peut-on',
  'faut-il',
];
const QUESTION_RE = new RegExp(
  `^(?:¿\\s*)?(?:${QUESTION_STARTS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?:\\s|$)`,
);

/** A keyword someone typed as a question: it starts with a question word (en, es, de, fr) or ends with `?`. */
export function isQuestion(phrase: string): boolean {
  const p = foldAccents(normalizePhrase(phrase));
  return p.endsWith('?') || QUESTION_RE.test(p);
}

/** `how to …` questions read as instructions, and are the natural title of a how-to. */
export function isHowQuestion(phrase: string): boolean {
  // `how long do…` asks for a fact, `how to…` for instructions; only the latter makes a how-to.
  return /^(?:¿\s*)?(?:how (?:to|do i|do you|can i)|como|wie (?:man|kann|mache|macht)|comment)(?:\s|$)/.test(
    foldAccents(normalizePhrase(phrase)),
  );
}

/** First letter upper-cased, the rest as typed: keywords become headings without losing their casing. */
export function sentenceCase(text: string): string {
  const t = text.trim();
  const first = t.match(/^[¿¡]?./u)?.[0] ?? '';
  return first.toUpperCase() + t.slice(first.length);
}

/** A question keyword as a heading: capitalised and punctuated the way its language expects. */
export function questionHeading(phrase: string, language: Language): string {
  const q = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[?？]+$/, '');
  // Instructions ("how to …", "cómo limpiar …", "comment choisir …") are titles, not questions.
  const instruction = /^(how to|wie man|como [^ ]+(ar|er|ir)|comment [^ ]+(er|ir|re))(\s|$)/.test(
    foldAccents(q.toLowerCase()),
  );
  if (instruction) return sentenceCase(q);
  if (language === 'es') return sentenceCase(q.startsWith('¿') ? q : '¿' + q) + '?';
  return language === 'fr' ? `${sentenceCase(q)} ?` : `${sentenceCase(q)}?`;
}

/** Rough token count (≈ 4 characters a token), for the usage the local provider reports. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
