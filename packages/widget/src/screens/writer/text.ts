// The server's keyword matching (packages/server/src/domain/planner/text), compacted for the editor's live SEO
// score: the same tokens, accent folding, English stop words, English stems (the server's Porter stemmer, step for
// step, quirks included) and English spelling variants, so an English content scores here as it does on the
// server. Other languages are tokenized and folded the same way but not stemmed and keep their stop words: an
// estimate until the content is saved and the server scores it.

const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:(?:(?<=\p{N})[.,](?=\p{N})|&(?=[\p{L}\p{N}])|['\u2018\u2019\u02BC\u00B4`](?=\p{L}))[\p{L}\p{M}\p{N}]+)*[+#]*/gu;
const ASCII_TOKEN = /[a-z0-9]+(?:(?:(?<=[0-9])[.,](?=[0-9])|&(?=[a-z0-9])|['`](?=[a-z]))[a-z0-9]+)*[+#]*/g;
const APOS = /['\u2018\u2019\u02BC\u00B4`]/g;
const ASCII = /^[\x20-\x7e]*$/;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ELISIONS = new Set(
  'l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu dell dall nell sull all coll quell quest un gl'.split(
    ' ',
  ),
);
const SPECIAL: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th' };

export const fold = (text: string) =>
  ASCII.test(text)
    ? text
    : text
        .normalize('NFD')
        .replace(/\p{Mn}+/gu, '')
        .replace(/[øłđðħıæœþ]/g, (c) => SPECIAL[c] ?? c)
        .normalize('NFC');

function rawTokens(phrase: string, language: string): string[] {
  if (language !== 'tr' && ASCII.test(phrase)) return phrase.toLowerCase().match(ASCII_TOKEN) ?? [];
  let s = phrase.normalize('NFKC');
  s = language === 'tr' ? s.toLocaleLowerCase('tr') : s.toLowerCase();
  if (!ASCII.test(s)) s = s.replaceAll('ß', 'ss').replaceAll('ς', 'σ').replaceAll('i\u0307', 'i');
  const tokens = s.match(TOKEN) ?? [];
  if (!UNSPACED.test(s)) return tokens;
  const words = new Intl.Segmenter(language, { granularity: 'word' });
  return tokens.flatMap((t) =>
    UNSPACED.test(t) ? [...words.segment(t)].filter((w) => w.isWordLike).map((w) => w.segment) : [t],
  );
}

/** The words of a phrase, as the server's `tokenize`: elisions split, the English possessive dropped. */
export function tokenize(phrase: string, language: string): string[] {
  const out: string[] = [];
  for (const t of rawTokens(phrase, language)) {
    const parts = t.split(APOS);
    let word = parts[0] as string;
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i] as string;
      if (part === 's' && i === parts.length - 1) continue;
      if (ELISIONS.has(word)) {
        out.push(word);
        word = part;
      } else word += part;
    }
    if (word) out.push(word.replaceAll(',', '.'));
  }
  return out;
}

// Porter, as @orama/stemmers' English stemmer writes it (which keeps the stem before `-sion`/`-tion` without its
// s or t: "adoption" → "adop"), so the stems are the server's.
const table = (s: string) => new Map(s.split(' ').map((p) => p.split(':') as [string, string]));
const suffixes = (m: Map<string, string>) => new RegExp(`^(.+?)(${[...m.keys()].join('|')})$`);
const S2 = table(
  'ational:ate tional:tion enci:ence anci:ance izer:ize bli:ble alli:al entli:ent eli:e ousli:ous ization:ize ation:ate ator:ate alism:al iveness:ive fulness:ful ousness:ous aliti:al iviti:ive biliti:ble logi:log',
);
const S3 = table('icate:ic ative: alize:al iciti:ic ical:ic ful: ness:');
const S2_RE = suffixes(S2);
const S3_RE = suffixes(S3);
const C = '[^aeiou][^aeiouy]*';
const V = '[aeiouy][aeiou]*';
const M0 = new RegExp(`^(${C})?${V}${C}`);
const EQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
const M1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
const HAS_V = new RegExp(`^(${C})?[aeiouy]`);
const CVC = new RegExp(`^${C}[aeiouy][^aeiouwxy]$`);

export function porter(word: string): string {
  if (word.length < 3) return word;
  const y = word[0] === 'y';
  let w = y ? `Y${word.slice(1)}` : word;
  const stem = (re: RegExp) => re.exec(w)?.[1];
  const es = /^(.+?)(ss|i)es$/;
  w = es.test(w) ? w.replace(es, '$1$2') : w.replace(/^(.+?)([^s])s$/, '$1$2');
  let s = stem(/^(.+?)eed$/);
  if (s) {
    if (M0.test(s)) w = w.slice(0, -1);
  } else {
    s = stem(/^(.+?)(ed|ing)$/);
    if (s && HAS_V.test(s)) {
      w = s;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  s = stem(/^(.+?)y$/);
  if (s && HAS_V.test(s)) w = `${s}i`;
  for (const [re, map] of [
    [S2_RE, S2],
    [S3_RE, S3],
  ] as const) {
    const m = re.exec(w);
    if (m && M0.test(m[1] as string)) w = (m[1] as string) + map.get(m[2] as string);
  }
  const m4 = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/.exec(w);
  s = m4 ? m4[1] : stem(/^(.+?)(s|t)(ion)$/);
  if (s && M1.test(s)) w = s;
  s = stem(/^(.+?)e$/);
  if (s && (M1.test(s) || (EQ1.test(s) && !CVC.test(s)))) w = s;
  if (/ll$/.test(w) && M1.test(w)) w = w.slice(0, -1);
  return y ? `y${w.slice(1)}` : w;
}

// The server's English stop words, tokenized as it compares them ("we'll" → "well").
const STOP_EN = new Set(
  'i me my myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing will would shall should can could may might must ought im youre theyre ive youve weve theyve id youd hed shed wed theyd ill youll hell shell well theyll isnt arent wasnt werent hasnt havent hadnt doesnt dont didnt wont wouldnt shant shouldnt cant cannot couldnt mustnt let here there when where why how an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once all any both each few more most other some such no nor not only own same so than too very'.split(
    ' ',
  ),
);
// English spelling variants: stem → the stem it is matched as.
const VARIANTS_EN = table(
  'auto:car automobil:car holidai:vacat colour:color grei:grai tyre:tire aluminium:aluminum jewelleri:jewelri pyjama:pajama mum:mom favourit:favorit centr:center theatr:theater catalogu:catalog mould:mold cosi:cozi doughnut:donut hoover:vacuum mobilephon:cellphon film:movi biscuit:cooki',
);

export function stemToken(token: string, language: string): string {
  if (language !== 'en') return fold(token);
  const stem = fold(token.length <= 2 || /[0-9]/.test(token) ? token : porter(token));
  return VARIANTS_EN.get(stem) ?? stem;
}

/** Stop words dropped (unless all are), the rest stemmed, in order. */
export function stemTokens(tokens: string[], language: string): string[] {
  const keep = tokens.filter((t) => !(language === 'en' && (STOP_EN.has(t) || STOP_EN.has(fold(t)))));
  return (keep.length ? keep : tokens).map((t) => stemToken(t, language));
}

export const stems = (phrase: string, language: string) => stemTokens(tokenize(phrase, language), language);

const SUPPORTED = new Set('en es de fr it pt nl sv da no fi ru tr'.split(' '));

/**
 * The server's `resolveLanguage` for the codes a content carries (`en`, `es-MX`), English when it is not one the
 * server supports.
 */
export function languageOf(language: string | null | undefined): string {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/, 1)[0] as string;
  return SUPPORTED.has(primary) ? primary : primary === 'nb' || primary === 'nn' ? 'no' : 'en';
}
