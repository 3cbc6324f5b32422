// The writer without a model: an editorial outline from the idea's plan and the cluster's keywords, and each
// section as a structured, readable draft in the site's language (en, es, de, fr; other languages get English).
// Deterministic: the same input gives the same plan and the same words. The text is a draft to edit, labelled
// `local` wherever it is shown; real prose comes from a model.
import { headingKey, targets } from '../tasks/ideas.js';
import {
  type ImagePromptsInputParsed,
  type ImagePromptsOutput,
  type Outline,
  type OutlineInputParsed,
  type OutlineSection,
  type SectionInputParsed,
  type SectionOutput,
  type SectionUnit,
  unitsOf,
} from '../tasks/writer.js';
import { generateIdeasLocally } from './ideas.js';
import {
  foldAccents,
  isQuestion,
  type Language,
  normalizeLanguage,
  normalizePhrase,
  questionHeading,
  sentenceCase,
  topicStems,
} from './text.js';

interface Phrases {
  whatIs: string;
  faqHeading: RegExp;
  faq: string;
  conclusion: string;
  introBrief: string;
  sectionBrief: string;
  conclusionBrief: string;
  intro: string[];
  body: string[];
  /** Sentences that name no keyword: most of the text, so keywords stay at a natural density. */
  generic: string[];
  close: string[];
  answer: string[];
  /** A pointer to a topic the site has covered: it becomes an internal link. */
  related: string;
  featuredAlt: string;
  sectionAlt: string;
  /** Openers that vary a sentence met again. */
  connectors: string[];
  listLead: string;
  summary: string;
}

// `{k}` is a keyword as typed, `{K}` the same at the start of a sentence, `{t}` the article's title.
const PHRASES: Record<Language, Phrases> = {
  en: {
    whatIs: 'What is {k}?',
    faqHeading: /frequently asked questions/i,
    faq: '{K}: frequently asked questions',
    conclusion: 'Conclusion',
    introBrief: 'Introduce "{t}": why {k} matters to the reader and what the article covers.',
    sectionBrief: 'Explain {h}, covering {k}.',
    conclusionBrief: 'Sum up the key points on {k} and the next step for the reader.',
    intro: [
      'This guide to {k} explains what you need to know, step by step.',
      'Whether you are new to {k} or want to improve what you already do, you will find practical advice here.',
      'We look at the questions people ask most about {k} and answer them plainly.',
      'By the end, you will know how to make better decisions about {k}.',
    ],
    body: [
      'When it comes to {k}, the details make the difference.',
      'Start with what you need most, then look at how {k} fits into it.',
      'Many readers compare a few options before they settle on {k}.',
      'A practical way to judge {k} is to look at cost, effort and the results you can expect.',
      'Small choices around {k} add up over time, so it pays to get them right early.',
      'If you are unsure, try one approach to {k} for a while and note what changes.',
      'Experts tend to agree on the basics of {k}, even when they differ on the finer points.',
      'With {k}, keep your own situation in mind: what suits one person may not suit another.',
      'Clear goals make it easier to decide how much time and money to put into {k}.',
      'It also helps to know the common mistakes with {k}, so you can avoid them from the start.',
      'Reliable sources, honest reviews and your own tests are the best guides to {k}.',
      'Once the basics are in place, you can refine your approach to {k} step by step.',
    ],
    generic: [
      'The right choice depends on what you want to achieve.',
      'Take a moment to list your priorities before you decide.',
      'Quality matters more than quantity here.',
      'A little planning saves time and money later.',
      'Think about how often you will use it and in what setting.',
      'Read the instructions carefully and follow them the first few times.',
      'Ask people with experience what they would do differently.',
      'Small adjustments can lead to noticeably better results.',
      'Check the details twice: they are easy to overlook.',
      'Simple routines are easier to keep than complicated ones.',
      'Write down what works, so you can repeat it.',
      'Prices and options change, so compare them again from time to time.',
      'Patience pays off, especially in the first weeks.',
      'If something does not feel right, adjust one thing at a time.',
    ],
    close: [
      '{K} is easier to get right once you know the basics covered above.',
      'Start with one change, see how it works for you, and build from there.',
      'Come back to this guide whenever you need a reminder of the key points about {k}.',
    ],
    answer: [
      'In short, it depends on your goals, but the points above on {k} are a good place to start.',
      'Most people find that a simple, consistent approach to {k} works best.',
      'Look at your own needs first; the sections above on {k} explain what to weigh up.',
    ],
    related: 'For more, see our guide to {k}.',
    featuredAlt: 'Illustration for “{t}”',
    sectionAlt: '{h}: illustration',
    connectors: [
      'In practice,',
      'As a rule,',
      'For most readers,',
      'Either way,',
      'On top of that,',
      'In the end,',
      'Above all,',
    ],
    listLead: 'Points to keep in mind:',
    summary: '{h}: covered {k}.',
  },
  es: {
    whatIs: '¿Qué es {k}?',
    faqHeading: /preguntas frecuentes/i,
    faq: '{K}: preguntas frecuentes',
    conclusion: 'Conclusión',
    introBrief: 'Presenta «{t}»: por qué {k} importa al lector y qué trata el artículo.',
    sectionBrief: 'Explica {h} y trata {k}.',
    conclusionBrief: 'Resume los puntos clave sobre {k} y el siguiente paso para el lector.',
    intro: [
      'Esta guía sobre {k} explica, paso a paso, lo que necesitas saber.',
      'Tanto si empiezas con {k} como si quieres mejorar lo que ya haces, aquí encontrarás consejos prácticos.',
      'Repasamos las preguntas más habituales sobre {k} y las respondemos con claridad.',
      'Al terminar, sabrás tomar mejores decisiones sobre {k}.',
    ],
    body: [
      'En lo que respecta a {k}, los detalles marcan la diferencia.',
      'Empieza por lo que más necesitas y después valora cómo encaja {k} en ello.',
      'Muchos lectores comparan varias opciones antes de decidirse por {k}.',
      'Una forma práctica de valorar {k} es fijarse en el coste, el esfuerzo y los resultados que cabe esperar.',
      'Las pequeñas decisiones sobre {k} se acumulan con el tiempo, así que conviene acertar desde el principio.',
      'Si tienes dudas sobre {k}, prueba un enfoque durante un tiempo y anota qué cambia.',
      'Los expertos coinciden en lo básico sobre {k}, aunque difieran en los detalles.',
      'Con {k}, ten en cuenta tu propia situación: lo que sirve a una persona puede no servir a otra.',
      'Tener objetivos claros facilita decidir cuánto tiempo y dinero dedicar a {k}.',
      'También ayuda conocer los errores más comunes con {k} para evitarlos desde el inicio.',
      'Las fuentes fiables, las opiniones honestas y tus propias pruebas son la mejor guía sobre {k}.',
      'Una vez asentadas las bases, puedes afinar tu enfoque sobre {k} paso a paso.',
    ],
    generic: [
      'La mejor opción depende de lo que quieras conseguir.',
      'Dedica un momento a anotar tus prioridades antes de decidir.',
      'Aquí importa más la calidad que la cantidad.',
      'Un poco de planificación ahorra tiempo y dinero más adelante.',
      'Piensa con qué frecuencia lo usarás y en qué contexto.',
      'Lee las instrucciones con atención y síguelas las primeras veces.',
      'Pregunta a personas con experiencia qué harían de otra manera.',
      'Pequeños ajustes pueden dar resultados claramente mejores.',
      'Revisa los detalles dos veces: es fácil pasarlos por alto.',
      'Las rutinas sencillas son más fáciles de mantener que las complicadas.',
      'Anota lo que funciona para poder repetirlo.',
      'Los precios y las opciones cambian, así que compáralos de vez en cuando.',
      'La paciencia da sus frutos, sobre todo en las primeras semanas.',
      'Si algo no te convence, cambia una sola cosa cada vez.',
    ],
    close: [
      '{K} resulta más sencillo una vez que conoces las bases que hemos visto.',
      'Empieza con un cambio, comprueba cómo te funciona y avanza a partir de ahí.',
      'Vuelve a esta guía cuando necesites recordar los puntos clave sobre {k}.',
    ],
    answer: [
      'En resumen, depende de tus objetivos, pero los puntos anteriores sobre {k} son un buen punto de partida.',
      'La mayoría de las personas descubre que un enfoque sencillo y constante con {k} funciona mejor.',
      'Piensa primero en tus necesidades; las secciones anteriores sobre {k} explican qué conviene valorar.',
    ],
    related: 'Para saber más, consulta nuestra guía sobre {k}.',
    featuredAlt: 'Ilustración de «{t}»',
    sectionAlt: '{h}: ilustración',
    connectors: [
      'En la práctica,',
      'Por lo general,',
      'Además,',
      'Al final,',
      'Por otra parte,',
      'En cualquier caso,',
      'Sobre todo,',
    ],
    listLead: 'Puntos que conviene tener en cuenta:',
    summary: '{h}: trató {k}.',
  },
  de: {
    whatIs: 'Was ist {k}?',
    faqHeading: /häufige fragen/i,
    faq: '{K}: häufige Fragen',
    conclusion: 'Fazit',
    introBrief: 'Stellt „{t}“ vor: warum {k} für den Leser wichtig ist und was der Artikel behandelt.',
    sectionBrief: 'Erklärt {h} und behandelt {k}.',
    conclusionBrief: 'Fasst die wichtigsten Punkte zu {k} zusammen und nennt den nächsten Schritt.',
    intro: [
      'Dieser Ratgeber zu {k} erklärt Schritt für Schritt, was Sie wissen müssen.',
      'Ob Sie neu bei {k} sind oder Ihr Vorgehen verbessern möchten: Hier finden Sie praktische Tipps.',
      'Wir gehen die häufigsten Fragen zu {k} durch und beantworten sie verständlich.',
      'Am Ende wissen Sie, wie Sie bessere Entscheidungen zu {k} treffen.',
    ],
    body: [
      'Bei {k} kommt es auf die Details an.',
      'Beginnen Sie mit dem, was Sie am dringendsten brauchen, und prüfen Sie dann, wie {k} dazu passt.',
      'Viele Leser vergleichen mehrere Möglichkeiten, bevor sie sich für {k} entscheiden.',
      'Ein praktischer Maßstab für {k} sind Kosten, Aufwand und die Ergebnisse, die Sie erwarten können.',
      'Kleine Entscheidungen rund um {k} summieren sich mit der Zeit, deshalb lohnt es sich, sie früh richtig zu treffen.',
      'Wenn Sie bei {k} unsicher sind, probieren Sie einen Ansatz eine Weile aus und notieren Sie, was sich ändert.',
      'Fachleute sind sich bei den Grundlagen von {k} einig, auch wenn sie sich in Einzelheiten unterscheiden.',
      'Denken Sie bei {k} an Ihre eigene Situation: Was für den einen passt, passt nicht für jeden.',
      'Klare Ziele machen es leichter zu entscheiden, wie viel Zeit und Geld Sie in {k} investieren.',
      'Es hilft auch, die häufigsten Fehler bei {k} zu kennen, um sie von Anfang an zu vermeiden.',
      'Verlässliche Quellen, ehrliche Bewertungen und eigene Tests sind die besten Wegweiser zu {k}.',
      'Sind die Grundlagen gelegt, können Sie Ihren Umgang mit {k} Schritt für Schritt verfeinern.',
    ],
    generic: [
      'Die richtige Wahl hängt davon ab, was Sie erreichen möchten.',
      'Notieren Sie Ihre Prioritäten, bevor Sie sich entscheiden.',
      'Hier zählt Qualität mehr als Menge.',
      'Etwas Planung spart später Zeit und Geld.',
      'Überlegen Sie, wie oft und in welchem Rahmen Sie es nutzen werden.',
      'Lesen Sie die Anleitung sorgfältig und halten Sie sich anfangs daran.',
      'Fragen Sie erfahrene Menschen, was sie anders machen würden.',
      'Kleine Anpassungen führen oft zu deutlich besseren Ergebnissen.',
      'Prüfen Sie die Details zweimal, denn sie werden leicht übersehen.',
      'Einfache Routinen lassen sich leichter beibehalten als komplizierte.',
      'Schreiben Sie auf, was funktioniert, damit Sie es wiederholen können.',
      'Preise und Angebote ändern sich, vergleichen Sie deshalb regelmäßig.',
      'Geduld zahlt sich aus, besonders in den ersten Wochen.',
      'Wenn sich etwas nicht richtig anfühlt, ändern Sie jeweils nur eine Sache.',
    ],
    close: [
      'Mit den hier vorgestellten Grundlagen gelingt {k} deutlich leichter.',
      'Beginnen Sie mit einer Änderung, beobachten Sie die Wirkung und bauen Sie darauf auf.',
      'Kehren Sie zu diesem Ratgeber zurück, wenn Sie die wichtigsten Punkte zu {k} nachlesen möchten.',
    ],
    answer: [
      'Kurz gesagt hängt es von Ihren Zielen ab, doch die Punkte oben zu {k} sind ein guter Ausgangspunkt.',
      'Die meisten Menschen fahren mit einem einfachen, beständigen Vorgehen bei {k} am besten.',
      'Überlegen Sie zuerst, was Sie brauchen; die Abschnitte oben zu {k} erklären, worauf es ankommt.',
    ],
    related: 'Mehr dazu lesen Sie in unserem Ratgeber zu {k}.',
    featuredAlt: 'Illustration zu „{t}“',
    sectionAlt: '{h}: Illustration',
    connectors: [
      'In der Praxis gilt:',
      'Grundsätzlich gilt:',
      'Außerdem gilt:',
      'Wichtig ist:',
      'Am Ende zählt:',
      'Kurz gesagt:',
      'Dabei gilt:',
    ],
    listLead: 'Darauf sollten Sie achten:',
    summary: '{h}: behandelte {k}.',
  },
  fr: {
    whatIs: "Qu'est-ce que {k} ?",
    faqHeading: /questions fréquentes/i,
    faq: '{K} : questions fréquentes',
    conclusion: 'Conclusion',
    introBrief: "Présente « {t} » : pourquoi {k} compte pour le lecteur et ce que couvre l'article.",
    sectionBrief: 'Explique {h} en couvrant {k}.',
    conclusionBrief: 'Résume les points clés sur {k} et la prochaine étape pour le lecteur.',
    intro: [
      "Ce guide sur {k} explique, étape par étape, ce qu'il faut savoir.",
      'Que vous découvriez {k} ou que vous vouliez progresser, vous trouverez ici des conseils pratiques.',
      'Nous passons en revue les questions les plus fréquentes sur {k} et y répondons simplement.',
      'À la fin, vous saurez prendre de meilleures décisions concernant {k}.',
    ],
    body: [
      'Pour {k}, ce sont les détails qui font la différence.',
      "Commencez par ce dont vous avez le plus besoin, puis voyez comment {k} s'y intègre.",
      'Beaucoup de lecteurs comparent plusieurs options avant de choisir {k}.',
      "Une façon pratique d'évaluer {k} consiste à regarder le coût, l'effort et les résultats attendus.",
      "Les petits choix autour de {k} s'additionnent avec le temps : mieux vaut bien les faire dès le départ.",
      'En cas de doute sur {k}, essayez une approche pendant quelque temps et notez ce qui change.',
      "Les experts s'accordent sur les bases de {k}, même s'ils divergent sur les détails.",
      "Pour {k}, pensez à votre situation : ce qui convient à l'un ne convient pas forcément à l'autre.",
      'Des objectifs clairs aident à décider du temps et du budget à consacrer à {k}.',
      'Il est aussi utile de connaître les erreurs courantes avec {k} pour les éviter dès le début.',
      'Des sources fiables, des avis honnêtes et vos propres essais sont les meilleurs guides pour {k}.',
      'Une fois les bases en place, vous pouvez affiner votre approche de {k} étape par étape.',
    ],
    generic: [
      'Le bon choix dépend de ce que vous voulez obtenir.',
      'Prenez un moment pour noter vos priorités avant de décider.',
      'Ici, la qualité compte plus que la quantité.',
      "Un peu de préparation fait gagner du temps et de l'argent.",
      'Demandez-vous à quelle fréquence et dans quel cadre vous l’utiliserez.',
      'Lisez attentivement les instructions et suivez-les les premières fois.',
      "Demandez à des personnes expérimentées ce qu'elles feraient autrement.",
      'De petits ajustements donnent souvent de bien meilleurs résultats.',
      'Vérifiez les détails deux fois : on les oublie facilement.',
      'Les routines simples sont plus faciles à tenir que les compliquées.',
      'Notez ce qui fonctionne pour pouvoir le refaire.',
      'Les prix et les offres changent : comparez-les de temps en temps.',
      'La patience paie, surtout les premières semaines.',
      'Si quelque chose ne vous convient pas, changez un seul élément à la fois.',
    ],
    close: [
      '{K} devient plus simple une fois les bases ci-dessus maîtrisées.',
      'Commencez par un changement, observez le résultat et progressez à partir de là.',
      "Revenez à ce guide chaque fois que vous voulez retrouver l'essentiel sur {k}.",
    ],
    answer: [
      'En bref, cela dépend de vos objectifs, mais les points ci-dessus sur {k} sont un bon point de départ.',
      "La plupart des gens constatent qu'une approche simple et régulière de {k} fonctionne le mieux.",
      "Pensez d'abord à vos besoins ; les sections ci-dessus sur {k} expliquent ce qu'il faut peser.",
    ],
    related: 'Pour aller plus loin, consultez notre guide sur {k}.',
    featuredAlt: 'Illustration pour « {t} »',
    sectionAlt: '{h} : illustration',
    connectors: [
      'En pratique,',
      'En général,',
      'De plus,',
      'Au final,',
      'Par ailleurs,',
      'Dans tous les cas,',
      'Avant tout,',
    ],
    listLead: 'Les points à retenir :',
    summary: '{h} : a couvert {k}.',
  },
};

const WORD = /[\p{L}\p{N}]+/gu;
/** Words as the SEO analysis counts them: runs of letters and digits in the text. */
export const countWords = (text: string): number => (text.replace(/<[^>]*>/g, ' ').match(WORD) ?? []).length;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fill(template: string, v: { k?: string; t?: string; h?: string }): string {
  return template
    .replaceAll('{K}', sentenceCase(v.k ?? ''))
    .replaceAll('{k}', v.k ?? '')
    .replaceAll('{t}', v.t ?? '')
    .replaceAll('{h}', v.h ?? '');
}

/** A small stable hash (FNV-1a): where in its list of sentences a section starts, so sections read differently. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

// ---------------------------------------------------------------------------------------------------------------
// Outlines

interface Draft {
  heading: string;
  children: string[];
}

// Words searchers add that no heading should carry: where they shop, the year, the format they hope for.
const NOISE =
  /\s+(?:on\s+)?(?:amazon|ebay|walmart|aliexpress|reddit|youtube|wikipedia|near me|cerca de mi|in der nähe|près de chez moi|online|pdf|20\d\d)(?=\s|[?？]|$)/giu;

/**
 * A heading as a person would write it rather than as a searcher typed it: the shop, the year and "near me"
 * dropped ("How much cold brew amazon?" → "How much cold brew?"), and in English the commonest search shapes
 * worded as headings ("best espresso machine" → "The best espresso machine", "grinder price" → "How much does a
 * grinder cost?", "a vs b" → "A vs b: the differences").
 */
export function humanHeading(heading: string, language: Language): string {
  let h = heading
    .replace(NOISE, '')
    .replace(/\s+([?？])/u, '$1')
    .trim();
  if (!h || h === '?' || h === '¿?') return heading;
  if (language === 'en') {
    const bare = h.replace(/[?？]$/, '');
    const low = bare.toLowerCase();
    if (/^best\s/.test(low) && !/[?？]$/.test(h)) h = `The ${low}`;
    else if (/^(.+?)\s+(?:price|prices|cost)$/.test(low) && !/^how\b/.test(low)) {
      const thing = low.replace(/\s+(?:price|prices|cost)$/, '');
      const plural = /[^s]s$/.test(thing);
      const article = plural || /^(?:a|an|the)\s/.test(thing) ? '' : /^[aeiou]/.test(thing) ? 'an ' : 'a ';
      h = `How much ${plural ? 'do' : 'does'} ${article}${thing} cost?`;
    } else if (/\s(?:vs\.?|versus)\s/.test(low) && !/[?？:]/.test(h)) h = `${bare}: the differences`;
  }
  return sentenceCase(h);
}

/** The plan's H2s with their H3s. */
function groupHeadings(headings: { heading: string; level: 2 | 3 }[]): Draft[] {
  const out: Draft[] = [];
  for (const h of headings) {
    if (h.level === 2 || out.length === 0) out.push({ heading: h.heading, children: [] });
    else out[out.length - 1]!.children.push(h.heading);
  }
  return out;
}

function stemOverlap(a: string, b: Set<string>): number {
  return topicStems(a).filter((s) => b.has(s)).length;
}

/** The editorial plan of an article, without a model. */
export function planOutlineLocally(input: OutlineInputParsed): Outline {
  const language = normalizeLanguage(input.voice.language);
  const p = PHRASES[language];
  const k = input.primaryKeyword;
  let headings = input.headings;
  if (headings.length === 0) {
    const [idea] = generateIdeasLocally({
      cluster: { name: k, intent: input.intent, keywords: input.keywords.length ? input.keywords : [{ phrase: k }] },
      count: 1,
      language,
    });
    headings = idea?.outline ?? [];
  }
  const worded = headings.map((h) => ({ ...h, heading: humanHeading(h.heading, language) }));
  // Two searches may read as one heading once worded: the plan keeps the first.
  let drafts = groupHeadings(
    worded.filter((h, i) => worded.findIndex((o) => headingKey(o.heading) === headingKey(h.heading)) === i),
  );
  // The FAQ: the plan's own FAQ section, else the question keywords no heading answers yet.
  const used = new Set(drafts.flatMap((d) => [d.heading, ...d.children]).map((h) => normalizePhrase(h)));
  let questions: string[] = [];
  const faqAt = drafts.findIndex((d) => p.faqHeading.test(foldAccents(d.heading)) || p.faqHeading.test(d.heading));
  if (faqAt >= 0) {
    questions = drafts[faqAt]!.children;
    drafts = drafts.filter((_, i) => i !== faqAt);
  } else {
    questions = input.keywords
      .map((kw) => kw.phrase)
      .filter((q) => isQuestion(q))
      .map((q) => questionHeading(q, language))
      .filter((q) => !used.has(normalizePhrase(q)))
      .slice(0, 5);
  }
  // At least one H2 names the primary keyword: searchers and the SEO checks look for it there.
  if (!drafts.some((d) => targets(d.heading, k, language))) {
    drafts.unshift({ heading: fill(p.whatIs, { k }), children: [] });
  }
  drafts = drafts.slice(0, 12);

  // Keywords per section: each non-question keyword goes where its words overlap the section's headings most.
  const pool = [...input.secondaryKeywords, ...input.keywords.map((kw) => kw.phrase)].filter(
    (phrase, i, all) =>
      !isQuestion(phrase) &&
      normalizePhrase(phrase) !== normalizePhrase(k) &&
      all.findIndex((o) => normalizePhrase(o) === normalizePhrase(phrase)) === i,
  );
  const sectionStems = drafts.map((d) => new Set(topicStems([d.heading, ...d.children].join(' '))));
  const assigned: string[][] = drafts.map(() => []);
  for (const phrase of pool.slice(0, 120)) {
    let best = -1;
    let bestScore = 0;
    sectionStems.forEach((stems, i) => {
      const score = stemOverlap(phrase, stems);
      if (score > bestScore || (score === bestScore && score > 0 && assigned[i]!.length < assigned[best]!.length)) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0 && assigned[best]!.length < 4) assigned[best]!.push(phrase);
  }
  // The secondary keywords no heading drew go to the sections with the fewest.
  for (const phrase of input.secondaryKeywords) {
    if (isQuestion(phrase) || assigned.some((list) => list.includes(phrase))) continue;
    const i = assigned.reduce((min, list, j) => (list.length < assigned[min]!.length ? j : min), 0);
    if (assigned[i]!.length < 4) assigned[i]!.push(phrase);
  }

  // Word budgets: the introduction, the conclusion and the FAQ get a share, the sections the rest by their size.
  const total = input.targetWords;
  const introWords = clamp(Math.round(total * 0.08), 40, 250);
  const conclusionWords = clamp(Math.round(total * 0.07), 40, 200);
  const faqWords = questions.length * clamp(Math.round(total * 0.025), 30, 90);
  const rest = Math.max(total - introWords - conclusionWords - faqWords, drafts.length * 40);
  const weights = drafts.map((d) => 1 + 0.6 * d.children.length);
  const weightSum = weights.reduce((a, b) => a + b, 0);

  const sections: OutlineSection[] = drafts.map((d, i) => {
    const words = Math.max(40, Math.round((rest * weights[i]!) / weightSum));
    const keywords = [...(targets(d.heading, k, language) ? [k] : []), ...assigned[i]!];
    const subWords = d.children.length ? Math.max(20, Math.round((words * 0.75) / d.children.length)) : 0;
    const childStems = d.children.map((c) => new Set(topicStems(c)));
    return {
      heading: d.heading,
      brief: fill(p.sectionBrief, {
        h: d.heading.replace(/[?？]\s*$/, '').replace(/^¿/, ''),
        k: (keywords.length ? keywords : [k]).slice(0, 3).join(', '),
      }),
      keywords,
      words,
      subsections: d.children.map((c, j) => ({
        heading: c,
        keywords: assigned[i]!.filter((phrase) => stemOverlap(phrase, childStems[j]!) > 0).slice(0, 3),
        words: subWords,
      })),
    };
  });
  return {
    title: input.title,
    intro: { brief: fill(p.introBrief, { t: input.title, k }), keywords: [k], words: introWords },
    sections,
    faq: { heading: fill(p.faq, { k }), questions, words: Math.max(20, faqWords) },
    conclusion: { heading: p.conclusion, brief: fill(p.conclusionBrief, { k }), words: conclusionWords },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sections

class Sentences {
  private at = 0;
  private readonly connectors: string[];
  constructor(
    private readonly list: string[],
    seed: string,
    banned: readonly string[],
    /** Openers some sentences take ("In practice, …"), so that a sentence met again does not read the same. */
    connectors: readonly string[] = [],
  ) {
    // Templates with a banned word are never used (unless every one has one).
    const lower = banned.map((w) => w.toLowerCase()).filter(Boolean);
    const clean = (l: readonly string[]) => l.filter((x) => !lower.some((w) => x.toLowerCase().includes(w)));
    const allowed = clean(list);
    this.list = allowed.length ? allowed : list;
    this.connectors = clean(connectors);
    this.start = hash(seed) % this.list.length;
    // A step coprime to the list's length: each part walks the whole list, in an order of its own.
    const n = this.list.length;
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    let stride = 1 + (hash(`${seed}#stride`) % n);
    while (gcd(stride, n) !== 1) stride = (stride % n) + 1;
    this.stride = stride;
  }
  private readonly start: number;
  private readonly stride: number;
  next(): string {
    const n = this.list.length;
    const s = this.list[(this.start + this.at * this.stride) % n] as string;
    const round = Math.floor(this.at / n);
    this.at++;
    // The first time through the list as written; after that every other sentence with an opener, a different one
    // each round, so the same sentence comes back worded differently.
    if (round === 0 || this.connectors.length === 0 || this.at % 2 === 0) return s;
    const connector = this.connectors[(round + this.at) % this.connectors.length] as string;
    return joinConnector(connector, s);
  }
}

/** "In practice," + "Quality matters…" → "In practice, quality matters…"; a connector ending in ":" keeps the capital. */
function joinConnector(connector: string, sentence: string): string {
  if (connector.endsWith(':')) return `${connector} ${sentence}`;
  // Keep the capital of a word that is always written so ("I", "Sie", a name in capitals).
  const [first = ''] = sentence.split(' ');
  const keep = /^(?:I|Sie|Ihr|Ihre|Ihnen)$/.test(first) || (first.length > 1 && first === first.toUpperCase());
  return `${connector} ${keep ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1)}`;
}

/**
 * Paragraphs of about `words` words, three sentences each: a paragraph opens with a sentence naming one of the
 * keywords (each keyword once, in turn) and goes on with sentences that name none, so that keywords are used
 * about as often as a writer would.
 */
function paragraphs(
  words: number,
  keywords: readonly string[],
  s: { keyword: Sentences; generic: Sentences; primary: string; every: number },
  options: { first?: string } = {},
): string {
  const out: string[] = [];
  let count = 0;
  let used = 0;
  for (let n = 0; count < words - 6; n++) {
    const paragraph: string[] = [];
    const push = (sentence: string) => {
      paragraph.push(sentence);
      count += countWords(sentence);
    };
    if (n === 0 && options.first) push(options.first);
    else if (used < keywords.length) push(fill(s.keyword.next(), { k: keywords[used++] }));
    // The focus keyword now and then, less often the longer it is: about 1–2 % of the text, as a writer uses it.
    else if (n % s.every === s.every - 1) push(fill(s.keyword.next(), { k: s.primary }));
    while (paragraph.length < 3 && count < words - 6) push(s.generic.next());
    out.push(`<p>${escapeHtml(paragraph.join(' '))}</p>`);
  }
  return out.join('\n');
}

function writeUnit(input: SectionInputParsed, unit: SectionUnit, language: Language): SectionOutput {
  const p = PHRASES[language];
  const k = input.primaryKeyword;
  const banned = input.voice.banned_words;
  const seeded = (list: string[], seed: string) => new Sentences(list, seed, banned);
  const generic = new Sentences(p.generic, `${input.title}#${input.index}`, banned, p.connectors);
  const every = 2 + 2 * Math.max(1, topicStems(k).length);
  switch (unit.kind) {
    case 'intro': {
      // The focus keyword in the first sentence of the first paragraph.
      const first = fill(seeded(p.intro, input.title).next(), { k });
      const others = unit.keywords.filter((x) => normalizePhrase(x) !== normalizePhrase(k));
      const html = paragraphs(
        unit.words,
        others,
        { keyword: seeded(p.body, input.title), generic, primary: k, every },
        { first },
      );
      return { html, summary: fill(p.summary, { h: input.title, k }) };
    }
    case 'section': {
      // The heading names the focus keyword where it belongs; the sentences name the section's other keywords.
      const keywords = unit.keywords.filter((x) => normalizePhrase(x) !== normalizePhrase(k));
      const s = { keyword: seeded(p.body, unit.heading), generic, primary: k, every };
      const subTotal = unit.subsections.reduce((n, sub) => n + sub.words, 0);
      const own = Math.max(20, unit.words - subTotal - countWords(unit.heading));
      const listed = keywords.length >= 3 && unit.subsections.length === 0;
      const parts = [`<h2>${escapeHtml(unit.heading)}</h2>`];
      if (listed) {
        // Enough to list: a short paragraph, then the section's keywords, one point each.
        const items = keywords
          .slice(0, 4)
          .map(
            (kw) =>
              `<strong>${escapeHtml(sentenceCase(kw))}</strong>: ${escapeHtml(fill(s.keyword.next(), { k: kw }))}`,
          );
        const listWords = countWords(items.join(' ')) + countWords(p.listLead);
        parts.push(paragraphs(Math.max(20, own - listWords), [], s), `<p>${escapeHtml(p.listLead)}</p>`);
        parts.push(`<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`);
      } else parts.push(paragraphs(own, keywords, s));
      for (const sub of unit.subsections) {
        parts.push(
          `<h3>${escapeHtml(sub.heading)}</h3>`,
          paragraphs(Math.max(15, sub.words - countWords(sub.heading)), sub.keywords, s),
        );
      }
      return {
        html: parts.join('\n'),
        summary: fill(p.summary, { h: unit.heading, k: (keywords.length ? keywords : [k]).join(', ') }),
      };
    }
    case 'faq': {
      const per = Math.max(20, Math.round(unit.words / Math.max(1, unit.questions.length)));
      const answers = seeded(p.answer, unit.heading);
      const faq = unit.questions.map((question, i) => {
        // The first answer names the focus keyword; the others answer in plain words.
        const first = i === 0 ? fill(answers.next(), { k }) : undefined;
        const text = paragraphs(
          per - countWords(question),
          [],
          { keyword: answers, generic, primary: k, every },
          { first },
        );
        return {
          question,
          answer: text
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        };
      });
      const html = [
        `<h2>${escapeHtml(unit.heading)}</h2>`,
        ...faq.flatMap((f) => [`<h3>${escapeHtml(f.question)}</h3>`, `<p>${escapeHtml(f.answer)}</p>`]),
      ].join('\n');
      return { html, summary: fill(p.summary, { h: unit.heading, k }), faq };
    }
    case 'conclusion': {
      const first = fill(seeded(p.close, input.title).next(), { k });
      // The topics the site has covered, pointed to at the end: the article's way on to them.
      const pointers = input.related.slice(0, 3).map((r) => fill(p.related, { k: r }));
      const left = unit.words - countWords(unit.heading) - countWords(pointers.join(' '));
      const body = paragraphs(
        left,
        [],
        { keyword: seeded(p.body, unit.heading), generic, primary: k, every },
        { first },
      );
      const more = pointers.length ? `\n<p>${escapeHtml(pointers.join(' '))}</p>` : '';
      return {
        html: `<h2>${escapeHtml(unit.heading)}</h2>\n${body}${more}`,
        summary: fill(p.summary, { h: unit.heading, k }),
      };
    }
  }
}

/** One section of an article, without a model. */
export function writeSectionLocally(input: SectionInputParsed): SectionOutput {
  const unit = unitsOf(input.outline)[input.index];
  if (!unit) throw new RangeError(`section ${input.index} is not in the outline`);
  return writeUnit(input, unit, normalizeLanguage(input.voice.language));
}

/** Image prompts and alt texts without a model: the featured image and in-article ones spread over the sections. */
export function imagePromptsLocally(input: ImagePromptsInputParsed): ImagePromptsOutput {
  const p = PHRASES[normalizeLanguage(input.voice.language)];
  const k = input.primaryKeyword;
  const n = Math.min(input.count, input.headings.length);
  // Evenly over the sections, never the first (the featured image stands above it).
  const sections = Array.from({ length: n }, (_, i) =>
    Math.min(input.headings.length, 1 + Math.round(((i + 1) * input.headings.length) / (n + 1))),
  ).filter((s, i, all) => all.indexOf(s) === i);
  return {
    featured: {
      prompt: `Editorial featured image for an article titled "${input.title}" about ${k}: a clean, modern composition, no text.`,
      alt: fill(p.featuredAlt, { t: input.title }).slice(0, 300),
    },
    in_article: sections.map((section) => {
      const heading = (input.headings[section - 1] as string).replace(/[?？]\s*$/, '').replace(/^¿/, '');
      return {
        section,
        prompt: `Illustration for the section "${heading}" of an article about ${k}: photographic style, natural light, no text.`,
        alt: fill(p.sectionAlt, { h: heading }).slice(0, 300),
      };
    }),
  };
}
