// Content ideas without a model: the cluster's keywords are split into its head topic, its sub-topics (the terms
// that distinguish keywords beyond the head term) and its questions; each idea then combines an angle that fits the
// search intent with a focus (the whole cluster, one sub-topic, one question, one keyword variant). Everything is
// derived from the keywords and sorted with explicit tie-breaks, so the same input always gives the same ideas.
import { targetKey } from '../../domain/planner/text/index.js';
import type { Idea, IdeaContentType, IdeaStructure, IdeasInput, Intent, OutlineHeading } from '../tasks/ideas.js';
import { headingKey, MAX_IDEAS_PER_CALL } from '../tasks/ideas.js';
import {
  foldAccents,
  isHowQuestion,
  isModifier,
  isQuestion,
  isStopword,
  type Language,
  normalizeLanguage,
  normalizePhrase,
  questionHeading,
  sentenceCase,
  topicStems,
  words,
} from './text.js';

interface Keyword {
  phrase: string;
  norm: string;
  volume: number;
  stems: string[];
  question: boolean;
  how: boolean;
}

interface Group {
  stem: string;
  /** The group's best keyword: the heading that stands for the sub-topic. */
  label: Keyword;
  keywords: Keyword[];
  questions: Keyword[];
  volume: number;
}

interface Analysis {
  language: Language;
  intent: Intent;
  head: Keyword;
  headStems: Set<string>;
  keywords: Keyword[];
  groups: Group[];
  questions: Keyword[];
  /** Keywords that are the head topic plus a modifier (`best running shoes`, `running shoes online`). */
  variants: Keyword[];
}

type AngleId =
  | 'guide'
  | 'how_to'
  | 'qa'
  | 'listicle'
  | 'hub'
  | 'comparison'
  | 'best_list'
  | 'review'
  | 'buyers_guide'
  | 'product'
  | 'landing'
  | 'taxonomy'
  | 'compare_prices'
  | 'nav_page'
  | 'nav_hub';

interface Angle {
  id: AngleId;
  structure: IdeaStructure;
  contentType: IdeaContentType;
  words: number;
  /** Which focus suits the angle first: a how-question for a how-to, a question for a Q&A… */
  prefers: 'cluster' | 'question' | 'how' | 'group';
  /** Keywords whose wording asks for this angle (`best …` for a top list, `… review` for a review). */
  cue?: RegExp;
}

const A = (
  id: AngleId,
  structure: IdeaStructure,
  contentType: IdeaContentType,
  words: number,
  prefers: Angle['prefers'],
  cue?: RegExp,
): Angle => ({ id, structure, contentType, words, prefers, cue });

const CUE_BEST = /\b(best|top|mejor(es)?|beste[nr]?|meilleur(e|s|es)?)\b/;
const CUE_REVIEW = /\b(reviews?|opiniones|analisis|test|erfahrungen|avis)\b/;
const CUE_COMPARE = /\b(vs|versus|compare|comparison|comparativa|vergleich|comparatif|or|o|oder|ou)\b/;
const CUE_BUY = /\b(buy|order|shop|price|prices|cost|cheap|comprar|precio|precios|kaufen|preis|preise|acheter|prix)\b/;

/**
 * Angles per intent, in the order ideas are made: the first idea takes the angle that fits the intent best.
 * Informational → guide/how-to; commercial → comparison/list/review; transactional → product and landing pages;
 * navigational → pages.
 */
const ANGLES: Record<Intent, Angle[]> = {
  informational: [
    A('guide', 'guide', 'post', 2000, 'cluster'),
    A('how_to', 'how_to', 'post', 1400, 'how'),
    A('qa', 'article', 'post', 1200, 'question'),
    A('listicle', 'listicle', 'post', 1500, 'group'),
    A('hub', 'cluster_hub', 'post', 2500, 'cluster'),
  ],
  commercial: [
    A('comparison', 'comparison', 'post', 1800, 'cluster', CUE_COMPARE),
    A('best_list', 'listicle', 'post', 1600, 'cluster', CUE_BEST),
    A('review', 'review', 'post', 1500, 'group', CUE_REVIEW),
    A('buyers_guide', 'guide', 'post', 1800, 'group'),
    A('hub', 'cluster_hub', 'post', 2500, 'cluster'),
  ],
  transactional: [
    A('product', 'article', 'product', 800, 'cluster', CUE_BUY),
    A('landing', 'article', 'page', 700, 'group', CUE_BUY),
    A('taxonomy', 'cluster_hub', 'taxonomy', 600, 'cluster'),
    A('compare_prices', 'comparison', 'post', 1200, 'group', CUE_BUY),
    A('buyers_guide', 'guide', 'post', 1800, 'group'),
  ],
  navigational: [
    A('nav_page', 'article', 'page', 600, 'cluster'),
    A('nav_hub', 'cluster_hub', 'page', 900, 'cluster'),
    A('how_to', 'how_to', 'page', 900, 'how'),
    A('qa', 'article', 'post', 1000, 'question'),
  ],
};

type Phrasebook = {
  titles: Record<AngleId, string>;
  /** Titles for when the keyword already says it (`… review`, `… vs …`) or the list is too short to count. */
  altTitles: { review: string; comparison: string; listicle: string; best_list: string };
  whatIs: string;
  faq: string;
  howToChoose: string;
  prosCons: string;
  verdict: string;
  step: string;
  vs: string;
  pricing: string;
  howToOrder: string;
  gettingStarted: string;
  moreOn: string;
  listItem: string;
  structures: Record<IdeaStructure, string>;
  contentTypes: Record<Exclude<IdeaContentType, 'post'>, string>;
  intents: Record<Intent, string>;
  and: string;
  brief: (p: { label: string; k: string; intent: string; topics: string; questions: string; words: number }) => string;
};

// `{K}` is the keyword in sentence case (start of a title), `{k}` as typed (inside one).
const PHRASES: Record<Language, Phrasebook> = {
  en: {
    titles: {
      guide: '{K}: the complete guide',
      how_to: 'How to get started with {k}',
      qa: '{K}: your questions answered',
      listicle: '{n} things to know about {k}',
      hub: '{K}: everything in one place',
      comparison: '{K} compared: which one to choose',
      best_list: '{K}: {n} top picks',
      review: '{K} review: pros, cons and verdict',
      buyers_guide: "{K}: buyer's guide",
      product: '{K}: prices, options and delivery',
      landing: '{K}: offers and how to order',
      taxonomy: '{K}: shop the full range',
      compare_prices: '{K}: prices compared',
      nav_page: '{K}: access and quick links',
      nav_hub: '{K}: directory of pages and resources',
    },
    altTitles: {
      review: '{K}: pros, cons and verdict',
      comparison: '{K}: which one to choose',
      listicle: 'What to know about {k}',
      best_list: '{K}: our top picks',
    },
    whatIs: 'What is {k}?',
    faq: '{K}: frequently asked questions',
    howToChoose: 'How to choose {k}',
    prosCons: '{K}: pros and cons',
    verdict: 'Our verdict on {k}',
    step: 'Step {n}: {k}',
    vs: '{a} vs {b}',
    pricing: '{K}: prices and options',
    howToOrder: 'How to order {k}',
    gettingStarted: 'Getting started with {k}',
    moreOn: 'More on {k}',
    listItem: '{n}. {K}',
    structures: {
      article: 'Article',
      guide: 'Guide',
      listicle: 'List article',
      comparison: 'Comparison',
      review: 'Review',
      how_to: 'How-to',
      cluster_hub: 'Hub page',
    },
    contentTypes: { page: 'Page', product: 'Product page', taxonomy: 'Category page' },
    intents: {
      informational: 'informational',
      commercial: 'commercial',
      transactional: 'transactional',
      navigational: 'navigational',
    },
    and: 'and',
    brief: (p) =>
      `${p.label} targeting "${p.k}" for ${p.intent} searches. Covers ${p.topics}.` +
      (p.questions ? ` Answers ${p.questions}.` : '') +
      ` About ${p.words} words.`,
  },
  es: {
    titles: {
      guide: '{K}: la guía completa',
      how_to: 'Cómo empezar con {k}',
      qa: '{K}: respuestas a tus preguntas',
      listicle: '{n} cosas que debes saber sobre {k}',
      hub: '{K}: todo en un solo lugar',
      comparison: '{K}: comparativa y cuál elegir',
      best_list: '{K}: las {n} mejores opciones',
      review: '{K}: análisis, ventajas y veredicto',
      buyers_guide: '{K}: guía de compra',
      product: '{K}: precios, opciones y envío',
      landing: '{K}: ofertas y cómo pedir',
      taxonomy: '{K}: toda la gama',
      compare_prices: '{K}: comparativa de precios',
      nav_page: '{K}: acceso y enlaces rápidos',
      nav_hub: '{K}: directorio de páginas y recursos',
    },
    altTitles: {
      review: '{K}: ventajas, desventajas y veredicto',
      comparison: '{K}: cuál elegir',
      listicle: 'Lo que debes saber sobre {k}',
      best_list: '{K}: nuestras mejores opciones',
    },
    whatIs: '¿Qué es {k}?',
    faq: '{K}: preguntas frecuentes',
    howToChoose: 'Cómo elegir {k}',
    prosCons: '{K}: ventajas y desventajas',
    verdict: 'Nuestro veredicto sobre {k}',
    step: 'Paso {n}: {k}',
    vs: '{a} vs. {b}',
    pricing: '{K}: precios y opciones',
    howToOrder: 'Cómo pedir {k}',
    gettingStarted: 'Primeros pasos con {k}',
    moreOn: 'Más sobre {k}',
    listItem: '{n}. {K}',
    structures: {
      article: 'Artículo',
      guide: 'Guía',
      listicle: 'Artículo de lista',
      comparison: 'Comparativa',
      review: 'Análisis',
      how_to: 'Tutorial',
      cluster_hub: 'Página pilar',
    },
    contentTypes: { page: 'Página', product: 'Página de producto', taxonomy: 'Página de categoría' },
    intents: {
      informational: 'informativa',
      commercial: 'comercial',
      transactional: 'transaccional',
      navigational: 'de navegación',
    },
    and: 'y',
    brief: (p) =>
      `${p.label} sobre «${p.k}» para búsquedas de intención ${p.intent}. Trata ${p.topics}.` +
      (p.questions ? ` Responde ${p.questions}.` : '') +
      ` Unas ${p.words} palabras.`,
  },
  de: {
    titles: {
      guide: '{K}: der komplette Ratgeber',
      how_to: 'Erste Schritte mit {k}',
      qa: '{K}: Antworten auf Ihre Fragen',
      listicle: '{n} Dinge, die Sie über {k} wissen sollten',
      hub: '{K}: alles auf einen Blick',
      comparison: '{K} im Vergleich: was passt zu Ihnen',
      best_list: '{K}: die {n} besten Optionen',
      review: '{K} im Test: Vor- und Nachteile, Fazit',
      buyers_guide: '{K}: Kaufberatung',
      product: '{K}: Preise, Optionen und Lieferung',
      landing: '{K}: Angebote und Bestellung',
      taxonomy: '{K}: das gesamte Sortiment',
      compare_prices: '{K}: Preisvergleich',
      nav_page: '{K}: Zugang und Schnelllinks',
      nav_hub: '{K}: Verzeichnis aller Seiten und Ressourcen',
    },
    altTitles: {
      review: '{K}: Vor- und Nachteile, Fazit',
      comparison: '{K}: was passt zu Ihnen',
      listicle: 'Was Sie über {k} wissen sollten',
      best_list: '{K}: unsere Favoriten',
    },
    whatIs: 'Was ist {k}?',
    faq: '{K}: häufige Fragen',
    howToChoose: '{K} richtig auswählen',
    prosCons: '{K}: Vor- und Nachteile',
    verdict: 'Unser Fazit zu {k}',
    step: 'Schritt {n}: {k}',
    vs: '{a} vs. {b}',
    pricing: '{K}: Preise und Optionen',
    howToOrder: '{K} bestellen: so geht es',
    gettingStarted: 'Erste Schritte mit {k}',
    moreOn: 'Mehr zu {k}',
    listItem: '{n}. {K}',
    structures: {
      article: 'Artikel',
      guide: 'Ratgeber',
      listicle: 'Listenartikel',
      comparison: 'Vergleich',
      review: 'Testbericht',
      how_to: 'Anleitung',
      cluster_hub: 'Themenseite',
    },
    contentTypes: { page: 'Seite', product: 'Produktseite', taxonomy: 'Kategorieseite' },
    intents: {
      informational: 'informational',
      commercial: 'kommerziell',
      transactional: 'transaktional',
      navigational: 'navigational',
    },
    and: 'und',
    brief: (p) =>
      `${p.label} zu „${p.k}“ (Suchintention: ${p.intent}). Behandelt ${p.topics}.` +
      (p.questions ? ` Beantwortet ${p.questions}.` : '') +
      ` Etwa ${p.words} Wörter.`,
  },
  fr: {
    titles: {
      guide: '{K} : le guide complet',
      how_to: 'Bien démarrer avec {k}',
      qa: '{K} : réponses à vos questions',
      listicle: '{n} choses à savoir sur {k}',
      hub: '{K} : tout au même endroit',
      comparison: '{K} : comparatif et lequel choisir',
      best_list: '{K} : les {n} meilleures options',
      review: '{K} : avis, avantages et verdict',
      buyers_guide: "{K} : guide d'achat",
      product: '{K} : prix, options et livraison',
      landing: '{K} : offres et commande',
      taxonomy: '{K} : toute la gamme',
      compare_prices: '{K} : comparatif des prix',
      nav_page: '{K} : accès et liens rapides',
      nav_hub: '{K} : annuaire des pages et ressources',
    },
    altTitles: {
      review: '{K} : avantages, inconvénients et verdict',
      comparison: '{K} : lequel choisir',
      listicle: 'Ce qu’il faut savoir sur {k}',
      best_list: '{K} : notre sélection',
    },
    whatIs: "Qu'est-ce que {k} ?",
    faq: '{K} : questions fréquentes',
    howToChoose: 'Comment choisir {k}',
    prosCons: '{K} : avantages et inconvénients',
    verdict: 'Notre avis sur {k}',
    step: 'Étape {n} : {k}',
    vs: '{a} ou {b}',
    pricing: '{K} : prix et options',
    howToOrder: 'Comment commander {k}',
    gettingStarted: 'Bien démarrer avec {k}',
    moreOn: 'En savoir plus sur {k}',
    listItem: '{n}. {K}',
    structures: {
      article: 'Article',
      guide: 'Guide',
      listicle: 'Article liste',
      comparison: 'Comparatif',
      review: 'Test',
      how_to: 'Tutoriel',
      cluster_hub: 'Page pilier',
    },
    contentTypes: { page: 'Page', product: 'Page produit', taxonomy: 'Page catégorie' },
    intents: {
      informational: 'informationnelle',
      commercial: 'commerciale',
      transactional: 'transactionnelle',
      navigational: 'navigationnelle',
    },
    and: 'et',
    brief: (p) =>
      `${p.label} ciblant « ${p.k} » pour une intention ${p.intent}. Couvre ${p.topics}.` +
      (p.questions ? ` Répond à ${p.questions}.` : '') +
      ` Environ ${p.words} mots.`,
  },
};

function fill(template: string, vars: { k?: string; n?: number; a?: string; b?: string }): string {
  return template
    .replaceAll('{K}', sentenceCase(vars.k ?? ''))
    .replaceAll('{k}', vars.k ?? '')
    .replaceAll('{n}', String(vars.n ?? ''))
    .replaceAll('{a}', sentenceCase(vars.a ?? ''))
    .replaceAll('{b}', vars.b ?? '');
}

/** Volume first, then the shorter (more general) phrase, then alphabetical: a total order, hence determinism. */
function byImportance(a: Keyword, b: Keyword): number {
  return b.volume - a.volume || a.stems.length - b.stems.length || (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0);
}

function toKeyword(phrase: string, volume: number): Keyword {
  const display = phrase.replace(/\s+/g, ' ').trim();
  return {
    phrase: display,
    norm: normalizePhrase(display),
    volume,
    stems: topicStems(display),
    question: isQuestion(display),
    how: isHowQuestion(display),
  };
}

function analyse(input: IdeasInput): Analysis {
  const language = normalizeLanguage(input.language);
  const byNorm = new Map<string, Keyword>();
  for (const k of input.cluster.keywords) {
    const kw = toKeyword(k.phrase, k.volume ?? 0);
    const seen = byNorm.get(kw.norm);
    if (!seen || seen.volume < kw.volume) byNorm.set(kw.norm, kw);
  }
  // A cluster saved without keywords still has its name, which is the keyword it was named after.
  if (byNorm.size === 0) {
    const kw = toKeyword(input.cluster.name, 0);
    byNorm.set(kw.norm, kw);
  }
  const keywords = [...byNorm.values()].sort(byImportance);
  const nameNorm = normalizePhrase(input.cluster.name);
  const head = keywords.find((k) => k.norm === nameNorm) ?? keywords.find((k) => !k.question) ?? keywords[0]!;

  // Head terms: the cluster's name, plus any term most of its keywords share (the name may be a paraphrase).
  const headStems = new Set(topicStems(input.cluster.name));
  if (headStems.size === 0) for (const s of head.stems) headStems.add(s);
  if (keywords.length >= 3) {
    const df = new Map<string, number>();
    for (const k of keywords) for (const s of new Set(k.stems)) df.set(s, (df.get(s) ?? 0) + 1);
    for (const [s, n] of df) if (n / keywords.length >= 0.6) headStems.add(s);
  }

  const questions = keywords.filter((k) => k.question);
  const statements = keywords.filter((k) => !k.question && k !== head);

  // Sub-topics: group keywords by a term beyond the head terms. Terms shared by more keywords are taken first
  // (they are the real sub-topics); each keyword joins one group only.
  const byStem = new Map<string, Keyword[]>();
  for (const k of statements) {
    for (const s of new Set(k.stems)) {
      if (headStems.has(s)) continue;
      const list = byStem.get(s) ?? [];
      list.push(k);
      byStem.set(s, list);
    }
  }
  const volumeOf = (list: Keyword[]) => list.reduce((sum, k) => sum + k.volume, 0);
  const candidates = [...byStem.entries()].sort(
    ([sa, a], [sb, b]) => b.length - a.length || volumeOf(b) - volumeOf(a) || (sa < sb ? -1 : sa > sb ? 1 : 0),
  );
  const assigned = new Set<Keyword>();
  const groups: Group[] = [];
  for (const [stemKey, list] of candidates) {
    const members = list.filter((k) => !assigned.has(k)).sort(byImportance);
    if (members.length === 0) continue;
    for (const k of members) assigned.add(k);
    groups.push({ stem: stemKey, label: members[0]!, keywords: members, questions: [], volume: volumeOf(members) });
  }
  groups.sort((a, b) => b.keywords.length - a.keywords.length || b.volume - a.volume || byImportance(a.label, b.label));

  for (const q of questions) {
    const group = groups.find((g) => q.stems.includes(g.stem));
    if (group) group.questions.push(q);
  }
  const variants = statements.filter((k) => !assigned.has(k));
  return { language, intent: input.cluster.intent, head, headStems, keywords, groups, questions, variants };
}

type Focus =
  | { id: string; kind: 'cluster'; keyword: Keyword }
  | { id: string; kind: 'group'; keyword: Keyword; group: Group }
  | { id: string; kind: 'question'; keyword: Keyword }
  | { id: string; kind: 'variant'; keyword: Keyword };

function foci(a: Analysis): Focus[] {
  return [
    { id: 'cluster', kind: 'cluster', keyword: a.head },
    ...a.groups.map((g) => ({ id: `g:${g.stem}`, kind: 'group' as const, keyword: g.label, group: g })),
    ...a.questions.map((q) => ({ id: `q:${q.norm}`, kind: 'question' as const, keyword: q })),
    ...a.variants.map((v) => ({ id: `v:${v.norm}`, kind: 'variant' as const, keyword: v })),
  ];
}

/** A question is a title only for a how-to or a Q&A ("How to clean running shoes compared" is no title). */
function suitsQuestions(angle: Angle): boolean {
  return angle.prefers === 'how' || angle.prefers === 'question';
}

/** The foci in the order an angle wants them: cue-matching first, then its preferred kind, then the rest. */
function orderFoci(all: Focus[], angle: Angle): Focus[] {
  const rank = (f: Focus): number => {
    let r = 0;
    if (angle.cue?.test(foldAccents(f.keyword.norm))) r -= 100;
    const prefersHow = angle.prefers === 'how' && f.kind === 'question' && f.keyword.how;
    const prefersQuestion = angle.prefers === 'question' && f.kind === 'question';
    if (prefersHow || prefersQuestion || angle.prefers === f.kind) r -= 10;
    if (f.kind === 'question' && angle.prefers === 'how' && !f.keyword.how) r += 5;
    return r;
  };
  return all
    .filter((f) => f.kind !== 'question' || suitsQuestions(angle))
    .map((f, index) => ({ f, index, r: rank(f) }))
    .sort((x, y) => x.r - y.r || x.index - y.index)
    .map((x) => x.f);
}

interface Section {
  heading: string;
  source: Keyword;
  children: string[];
  /** A generic heading worded with the keyword (`What is …?`): fills a thin plan, never compared against. */
  filler?: boolean;
}

class OutlineBuilder {
  readonly items: OutlineHeading[] = [];
  private readonly seen = new Set<string>();
  readonly used = new Set<Keyword>();

  h2(heading: string, source?: Keyword): boolean {
    return this.add(heading, 2, source);
  }

  h3(heading: string, source?: Keyword): boolean {
    // An H3 needs an H2 above it.
    if (!this.items.some((i) => i.level === 2)) return false;
    return this.add(heading, 3, source);
  }

  private add(heading: string, level: 2 | 3, source?: Keyword): boolean {
    // The same key the ideas schema checks: a numbered list item and a FAQ entry may word one question alike.
    const key = headingKey(heading);
    if (!key || this.seen.has(key)) return false;
    this.seen.add(key);
    this.items.push({ heading, level });
    if (source) this.used.add(source);
    return true;
  }

  section(s: Section, maxChildren: number, prefix?: string) {
    if (!this.h2(prefix ? prefix : s.heading, s.source)) return;
    for (const child of s.children.slice(0, maxChildren)) this.h3(child);
  }
}

function withoutLeadingModifiers(phrase: string): string {
  const list = phrase.split(' ');
  let i = 0;
  while (i < list.length - 1 && isModifier(list[i]!)) i++;
  return list.slice(i).join(' ');
}

/** English agrees in number: "What are running shoes?", "What is trail running?". */
function whatIsTemplate(language: Language, k: string): string {
  if (language === 'en' && words(k).some((w) => !isStopword(w) && /[^su]s$/.test(w))) return 'What are {k}?';
  return PHRASES[language].whatIs;
}

function keywordHeading(k: Keyword, language: Language): string {
  return k.question ? questionHeading(k.phrase, language) : sentenceCase(k.phrase);
}

/**
 * Keywords that say something the label does not: `womens running shoes` is the same search as `running shoes for
 * women` (a secondary keyword, not a section of its own).
 */
function distinctFrom(label: Keyword, list: Keyword[]): Keyword[] {
  const key = (k: Keyword) => [...new Set(k.stems)].sort().join(' ');
  return list.filter((k) => key(k) !== key(label));
}

/** The sections an idea's focus brings: sub-topics of the cluster, or the keywords of one sub-topic. */
function sectionsFor(a: Analysis, focus: Focus): Section[] {
  const lang = a.language;
  const groupSection = (g: Group): Section => ({
    heading: sentenceCase(g.label.phrase),
    source: g.label,
    children: [...distinctFrom(g.label, g.keywords.slice(1)), ...g.questions].map((k) => keywordHeading(k, lang)),
  });
  if (focus.kind === 'group') {
    const g = focus.group;
    const own = distinctFrom(g.label, g.keywords.slice(1)).map((k) => ({
      heading: sentenceCase(k.phrase),
      source: k,
      children: [],
    }));
    const questions = g.questions.map((q) => ({ heading: questionHeading(q.phrase, lang), source: q, children: [] }));
    // A small sub-topic gets the usual questions about it, still worded with its own keyword; its siblings are
    // linked from a "more on" section instead of padding the body.
    return padded([...own, ...questions], g.label, lang);
  }
  if (focus.kind === 'question') {
    const related = a.groups.filter((g) => focus.keyword.stems.includes(g.stem));
    const chosen = related.length > 0 ? related : a.groups.slice(0, 3);
    const sections = chosen.map(groupSection);
    if (sections.length === 0) {
      for (const v of a.variants.slice(0, 3))
        sections.push({ heading: sentenceCase(v.phrase), source: v, children: [] });
    }
    return padded(sections, a.head, lang);
  }
  const sections = a.groups.map(groupSection);
  for (const v of a.variants) {
    if (v === focus.keyword) continue;
    sections.push({ heading: sentenceCase(v.phrase), source: v, children: [] });
  }
  return padded(sections, focus.keyword, lang);
}

/** A thin plan gets the usual questions about its keyword, worded with that keyword (never generic headings). */
function padded(sections: Section[], keyword: Keyword, language: Language): Section[] {
  const p = PHRASES[language];
  const k = withoutLeadingModifiers(keyword.phrase);
  for (const template of [whatIsTemplate(language, k), p.howToChoose, p.prosCons]) {
    if (sections.length >= 3) break;
    sections.push({ heading: fill(template, { k }), source: keyword, children: [], filler: true });
  }
  return sections;
}

function questionsFor(a: Analysis, focus: Focus): Keyword[] {
  const list =
    focus.kind === 'group'
      ? [...focus.group.questions, ...a.questions.filter((q) => !focus.group.questions.includes(q))]
      : a.questions;
  return list.filter((q) => q !== focus.keyword);
}

function buildOutline(a: Analysis, angle: Angle, focus: Focus): { outline: OutlineHeading[]; used: Set<Keyword> } {
  const p = PHRASES[a.language];
  // Generic headings read better without the searcher's modifier: "How to choose running shoes", not "… best …".
  const k = focus.keyword.question ? a.head.phrase : withoutLeadingModifiers(focus.keyword.phrase);
  const sections = sectionsFor(a, focus);
  const questions = questionsFor(a, focus);
  const o = new OutlineBuilder();
  o.used.add(focus.keyword);
  const faq = (max: number) => {
    if (questions.length === 0) return;
    o.h2(fill(p.faq, { k }));
    for (const q of questions.slice(0, max)) o.h3(questionHeading(q.phrase, a.language), q);
  };
  const whatIs = () => {
    const what = questions.find((q) => /^(what is|que es|was ist|qu'est-ce)/.test(foldAccents(q.norm)));
    if (what) o.h2(questionHeading(what.phrase, a.language), what);
    else o.h2(fill(whatIsTemplate(a.language, k), { k }));
  };

  switch (angle.id) {
    case 'guide':
    case 'buyers_guide':
      if (angle.id === 'guide') whatIs();
      else o.h2(fill(p.howToChoose, { k }));
      for (const s of sections.slice(0, 7)) o.section(s, 3);
      faq(5);
      break;
    case 'how_to': {
      // Keywords rarely spell out steps, so the plan is the how-questions searchers ask, then the cases they name.
      o.h2(fill(p.gettingStarted, { k }));
      const how = [focus.keyword, ...questions].filter((q) => q.how);
      for (const q of how.slice(0, 5)) o.h2(questionHeading(q.phrase, a.language), q);
      for (const s of sections.slice(0, 5)) o.section(s, 2);
      faq(4);
      break;
    }
    case 'qa': {
      const qs = focus.kind === 'question' ? [focus.keyword, ...questions] : questions;
      for (const q of qs.slice(0, 8)) o.h2(questionHeading(q.phrase, a.language), q);
      if (qs.length < 3) whatIs();
      for (const s of sections.slice(0, 3)) o.section(s, 2);
      break;
    }
    case 'listicle':
    case 'best_list': {
      const items = sections.slice(0, 10);
      items.forEach((s, i) => {
        o.section(s, 1, fill(p.listItem, { n: i + 1, k: s.heading }));
      });
      if (angle.id === 'best_list') o.h2(fill(p.howToChoose, { k }));
      faq(3);
      break;
    }
    case 'comparison':
    case 'compare_prices': {
      if (angle.id === 'compare_prices') o.h2(fill(p.pricing, { k }));
      // Compare what the keywords name: the focused sub-topic against its siblings, or the sub-topics between them.
      const comparable =
        focus.kind === 'group' ? [focus.group, ...a.groups.filter((g) => g !== focus.group)] : a.groups.slice();
      const [first, second, third] = comparable.map((g) => g.label);
      if (first && second) o.h2(fill(p.vs, { a: first.phrase, b: second.phrase }));
      if (first && third) o.h2(fill(p.vs, { a: first.phrase, b: third.phrase }));
      for (const s of sections.slice(0, 6)) o.section(s, 2);
      o.h2(fill(p.howToChoose, { k }));
      faq(4);
      break;
    }
    case 'review':
      for (const s of sections.slice(0, 6)) o.section(s, 2);
      o.h2(fill(p.prosCons, { k }));
      faq(3);
      o.h2(fill(p.verdict, { k }));
      break;
    case 'hub':
    case 'taxonomy':
    case 'nav_hub':
      for (const s of sections.slice(0, 12)) o.section(s, 6);
      if (angle.id !== 'taxonomy') faq(6);
      break;
    case 'product':
    case 'landing':
      if (angle.id === 'product') o.h2(fill(p.pricing, { k }));
      for (const s of sections.slice(0, 5)) o.section(s, 2);
      o.h2(fill(p.howToOrder, { k }));
      faq(4);
      break;
    case 'nav_page':
      for (const s of sections.slice(0, 6)) o.section(s, 2);
      faq(4);
      break;
  }
  if (focus.kind === 'group' && a.groups.length > 1) {
    // A piece on one sub-topic points to its siblings: the internal links of the cluster.
    if (o.h2(fill(p.moreOn, { k: a.head.phrase }))) {
      for (const g of a.groups.filter((g) => g !== focus.group).slice(0, 4))
        o.h3(sentenceCase(g.label.phrase), g.label);
    }
  }
  if (o.items.length === 0) o.h2(fill(whatIsTemplate(a.language, k), { k }));
  return { outline: o.items, used: o.used };
}

function title(a: Analysis, angle: Angle, focus: Focus, listSize: number): string {
  const p = PHRASES[a.language];
  if (focus.kind === 'question') return questionHeading(focus.keyword.phrase, a.language);
  const k = focus.keyword.phrase;
  const folded = foldAccents(focus.keyword.norm);
  // "Running shoes review review" and "1 top picks" read badly: say it differently.
  if (angle.id === 'review' && CUE_REVIEW.test(folded)) return fill(p.altTitles.review, { k });
  if (angle.id === 'comparison' && CUE_COMPARE.test(folded)) return fill(p.altTitles.comparison, { k });
  if ((angle.id === 'listicle' || angle.id === 'best_list') && listSize < 3) return fill(p.altTitles[angle.id], { k });
  return fill(p.titles[angle.id], { k, n: listSize });
}

function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function targetWords(angle: Angle, outline: OutlineHeading[]): number {
  const h2 = outline.filter((h) => h.level === 2).length;
  const h3 = outline.length - h2;
  // Longer plans need more words, within reason for the format.
  const raw = angle.words + Math.max(0, h2 - 5) * 150 + h3 * 40;
  return Math.round(Math.min(raw, angle.words * 1.6) / 100) * 100;
}

function makeIdea(a: Analysis, angle: Angle, focus: Focus): Idea {
  const p = PHRASES[a.language];
  const { outline, used } = buildOutline(a, angle, focus);
  const listSize = outline.filter((h) => h.level === 2 && /^\d+\.\s/.test(h.heading)).length;
  const primary = focus.keyword;
  // Secondaries are other searches: a spelling of the primary (`yoga mats` for `yoga mat`) or of another
  // secondary adds nothing for the writer and would blur which phrase the piece targets.
  const keys = new Set([targetKey(primary.phrase, a.language)]);
  const secondary = [...used, ...a.keywords].filter((k) => {
    const key = targetKey(k.phrase, a.language);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  const words = targetWords(angle, outline);
  // The topics a writer must cover, as the searchers typed them.
  const topicKeywords = [...used].filter((k) => !k.question && k !== primary).slice(0, 4);
  const topics = (topicKeywords.length > 0 ? topicKeywords : [primary]).map((k) => `"${k.phrase}"`);
  const questions = [...used].filter((k) => k.question && k !== primary).slice(0, 2);
  const label = angle.contentType === 'post' ? p.structures[angle.structure] : p.contentTypes[angle.contentType];
  return {
    title: title(a, angle, focus, listSize),
    brief: p.brief({
      label,
      k: primary.phrase,
      intent: p.intents[a.intent],
      topics: joinList(topics, p.and),
      questions: joinList(
        questions.map((q) => `"${q.phrase}"`),
        p.and,
      ),
      words,
    }),
    outline,
    primaryKeyword: primary.phrase,
    secondaryKeywords: secondary.slice(0, 10).map((k) => k.phrase),
    structure: angle.structure,
    contentType: angle.contentType,
    targetWords: words,
  };
}

/**
 * Content ideas for one cluster, without a model. Each idea pairs an angle fitting the cluster's intent with a
 * different focus (the whole cluster, a sub-topic, a question, a keyword variant), so ideas differ in structure
 * and, where the cluster has enough keywords, in primary keyword. Returns `count` ideas unless the cluster is too
 * small to give that many distinct ones (a one-keyword cluster gives one per angle).
 */
export function generateIdeasLocally(input: IdeasInput): Idea[] {
  const a = analyse(input);
  const angles = ANGLES[a.intent];
  const all = foci(a);
  const wanted = Math.min(Math.max(1, Math.floor(input.count)), MAX_IDEAS_PER_CALL);
  const usedFoci = new Set<string>();
  const usedPairs = new Set<string>();
  const titles = new Set<string>();
  const ideas: Idea[] = [];

  const tryPair = (angle: Angle, focus: Focus): boolean => {
    const pair = `${angle.id}|${focus.id}`;
    if (usedPairs.has(pair)) return false;
    usedPairs.add(pair);
    const idea = makeIdea(a, angle, focus);
    const key = foldAccents(idea.title.toLowerCase());
    if (titles.has(key)) return false;
    titles.add(key);
    usedFoci.add(focus.id);
    ideas.push(idea);
    return true;
  };

  for (let i = 0; ideas.length < wanted && i < wanted * 4; i++) {
    const angle = angles[i % angles.length]!;
    const ordered = orderFoci(all, angle);
    // A fresh focus first (a different primary keyword per idea), then any pairing not made yet.
    const fresh = ordered.filter((f) => !usedFoci.has(f.id));
    let made = false;
    for (const f of fresh) if (!made) made = tryPair(angle, f);
    for (const f of ordered) if (!made) made = tryPair(angle, f);
  }
  // Small clusters: any angle with any focus, until the count is met or every pairing is spent.
  for (const angle of angles) {
    for (const f of orderFoci(all, angle)) if (ideas.length < wanted) tryPair(angle, f);
  }
  return ideas;
}

/** Exposed for tests and for the clustering task: the sub-topics the local planner sees in a cluster. */
export function describeCluster(input: IdeasInput): {
  head: string;
  headTerms: string[];
  subTopics: { term: string; keywords: string[] }[];
  questions: string[];
} {
  const a = analyse(input);
  return {
    head: a.head.phrase,
    headTerms: [...a.headStems].sort(),
    subTopics: a.groups.map((g) => ({
      term: words(g.label.phrase).find((w) => topicStems(w)[0] === g.stem) ?? g.stem,
      keywords: g.keywords.map((k) => k.phrase),
    })),
    questions: a.questions.map((q) => q.phrase),
  };
}
