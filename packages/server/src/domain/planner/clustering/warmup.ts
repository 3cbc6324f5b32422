// A small fixed multilingual keyword sample for warming a long-lived clustering thread (compute/cluster-worker.ts):
// clustering it once or twice at thread start builds the per-language tables (stop words, stemmers, intent rules,
// variants) of the languages most keyword lists use and lets V8 compile the engine's hot paths, so that the first
// real request does not pay for them. Nothing of it is kept: results depend only on their own input.
import type { ClusterKeywordInput } from './types.js';

const SAMPLE: Record<string, { heads: string[]; patterns: string[] }> = {
  en: {
    heads: ['running shoes', 'coffee grinder', 'air fryer', 'yoga mat', 'vpn', 'dog food', 'laptop', 'e-bike'],
    patterns: ['{h}', 'best {h}', 'cheap {h}', 'buy {h} online', '{h} review', 'how to clean {h}', '{h} vs {h} 2024'],
  },
  es: {
    heads: ['zapatillas running', 'molinillo café', 'freidora de aire', 'portátil', 'comida perro'],
    patterns: ['{h}', 'mejor {h}', 'comprar {h}', '{h} barato', 'cómo limpiar {h}', 'precio {h}'],
  },
  de: {
    heads: ['laufschuhe', 'kaffeemühle', 'heißluftfritteuse', 'hundefutter', 'schuhe zum laufen'],
    patterns: ['{h}', '{h} kaufen', '{h} test', 'beste {h}', 'günstige {h}', 'was ist {h}'],
  },
  fr: {
    heads: ['chaussures de course', 'moulin à café', 'friteuse sans huile', "l'ordinateur portable"],
    patterns: ['{h}', 'meilleur {h}', 'acheter {h}', '{h} pas cher', 'comment choisir {h}', 'prix {h}'],
  },
};

/**
 * Keywords in English, Spanish, German and French (`copies` times the ~140 phrases, under other ids and volumes,
 * since V8 compiles a loop only after many turns), with difficulties, one phrase with a dot and one without a
 * language.
 */
export function warmUpSample(copies = 1): ClusterKeywordInput[] {
  const out: ClusterKeywordInput[] = [];
  for (let c = 0; c < copies; c++) {
    for (const [language, { heads, patterns }] of Object.entries(SAMPLE)) {
      heads.forEach((head, h) => {
        patterns.forEach((pattern, p) => {
          const id = `warm-${c}-${language}-${h}-${p}`;
          const phrase = pattern.replaceAll('{h}', head);
          out.push({ id, phrase, language, volume: (1000 >> p) + c, difficulty: (h * 7 + p * 3 + c) % 100 });
        });
      });
    }
  }
  out.push({ id: 'warm-dot', phrase: 'amazon.com login', language: 'en', volume: 10 });
  out.push({ id: 'warm-nolang', phrase: 'zapatillas running mujer', volume: 5 });
  return out;
}
