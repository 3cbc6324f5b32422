import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
// Shared helpers for the benchmarks in this folder: a seeded RNG, a realistic synthetic keyword generator,
// timing and memory probes, and the output convention of docs/quality.md (human-readable lines, then ONE
// JSON object on the last line).
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '@igny8/test-support';

// ---------------------------------------------------------------------------------------------- randomness

// mulberry32, shared with the tests' fixtures (the labelled keyword set) so both draw the same numbers.
export { mulberry32 };

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** An index in [0, n) drawn with probability ∝ 1/(i+1)^s: a few popular items, a long tail. */
export function zipfIndex(rnd: () => number, n: number, s = 1): number {
  // Inverse transform on the continuous approximation; cheap and good enough for a generator.
  if (s === 1) return Math.min(n - 1, Math.floor(Math.exp(rnd() * Math.log(n + 1)) - 1));
  const max = ((n + 1) ** (1 - s) - 1) / (1 - s);
  return Math.min(n - 1, Math.floor((rnd() * max * (1 - s) + 1) ** (1 / (1 - s)) - 1));
}

export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// --------------------------------------------------------------------------------- synthetic keywords

/** A family of head terms: nouns that take the same qualifiers and are searched with the same patterns. */
interface Category {
  nouns: readonly string[];
  /** Qualifiers that make a head more specific ("wireless headphones"). */
  qualifiers: readonly string[];
  /** Patterns around a head `{h}`; `{b}`/`{b2}` a brand, `{c}` a city, `{q}` another qualifier. */
  patterns: readonly string[];
  brands: readonly string[];
}

interface Vocabulary {
  language: 'en' | 'es' | 'de' | 'fr';
  /** Whether a qualifier goes before the noun ("wireless headphones") or after ("auriculares inalámbricos"). */
  qualifierFirst: boolean;
  categories: readonly Category[];
  cities: readonly string[];
}

const EN_PRODUCT = [
  '{h}',
  'best {h}',
  'cheap {h}',
  'buy {h}',
  '{h} sale',
  '{h} deals',
  '{h} review',
  '{h} reviews',
  'best {h} 2024',
  'top rated {h}',
  '{b} {h}',
  '{b} {h} review',
  '{b} vs {b2} {h}',
  'best {b} {h}',
  'how to choose {h}',
  'how to clean {h}',
  'what is the best {h}',
  'are {h} worth it',
  '{h} price',
  '{h} online',
  '{h} coupon',
  '{h} alternatives',
  '{h} comparison',
  'how long do {h} last',
  '{h} size guide',
  'affordable {h}',
  '{h} under 100',
  '{h} under 200',
  'used {h} for sale',
  '{h} black friday',
  '{h} near me',
  'where to buy {h}',
  'best {h} for the money',
  '{h} brands',
  '{q} {h}',
  'best {q} {h}',
  '{h} uk',
  '{h} amazon',
  'refurbished {h}',
  '{h} clearance',
];

const EN_SERVICE = [
  '{h}',
  '{h} near me',
  'best {h} near me',
  '{h} in {c}',
  'best {h} in {c}',
  '{c} {h}',
  'cheap {h}',
  '{h} cost',
  'how much does a {h} cost',
  '{h} prices',
  '{h} reviews',
  'emergency {h}',
  '24 hour {h}',
  '{q} {h}',
  '{q} {h} near me',
  'how to find a good {h}',
  '{h} quote',
  'local {h}',
  '{h} open now',
  '{h} services',
];

const EN_HOWTO = [
  '{h}',
  '{h} recipe',
  'easy {h} recipe',
  'best {h} recipe',
  'how to make {h}',
  'healthy {h}',
  '{q} {h}',
  '{q} {h} recipe',
  '{h} calories',
  '{h} ingredients',
  '{h} without eggs',
  '{h} in air fryer',
  'quick {h}',
  'homemade {h}',
  '{h} for beginners',
  'how long to bake {h}',
  'can you freeze {h}',
  '{h} ideas',
  'simple {h}',
];

const EN_HEALTH = [
  '{h}',
  '{h} relief',
  '{h} causes',
  '{h} symptoms',
  '{h} treatment',
  'how to get rid of {h}',
  '{h} home remedies',
  '{h} exercises',
  'what causes {h}',
  'when to see a doctor for {h}',
  '{q} {h}',
  '{q} {h} treatment',
  '{h} at night',
  '{h} in children',
  '{h} medication',
  'natural remedies for {h}',
  'is {h} serious',
  '{h} and stress',
];

const EN_SOFTWARE = [
  '{h}',
  'best {h}',
  'free {h}',
  'best free {h}',
  '{h} for small business',
  '{h} pricing',
  '{h} reviews',
  '{b} review',
  '{b} vs {b2}',
  '{b} alternatives',
  '{b} pricing',
  '{h} comparison',
  'top {h}',
  '{q} {h}',
  'best {q} {h}',
  'what is {h}',
  'how to choose {h}',
  '{h} 2024',
  'cheap {h}',
  '{h} for beginners',
  '{b} login',
  '{h} online',
  'compare {h}',
  '{h} quotes',
];

const EN: Vocabulary = {
  language: 'en',
  qualifierFirst: true,
  cities: [
    'new york',
    'los angeles',
    'chicago',
    'houston',
    'phoenix',
    'philadelphia',
    'san antonio',
    'san diego',
    'dallas',
    'austin',
    'seattle',
    'denver',
    'boston',
    'miami',
    'atlanta',
    'portland',
    'london',
    'manchester',
    'toronto',
    'sydney',
    'melbourne',
    'dublin',
    'vancouver',
    'nashville',
    'las vegas',
    'orlando',
    'tampa',
    'charlotte',
  ],
  categories: [
    {
      nouns: [
        'running shoes',
        'hiking boots',
        'sneakers',
        'sandals',
        'trail shoes',
        'football boots',
        'slippers',
        'tennis shoes',
        'work boots',
        'rain boots',
      ],
      qualifiers: [
        'womens',
        'mens',
        'kids',
        'waterproof',
        'leather',
        'wide fit',
        'lightweight',
        'vegan',
        'white',
        'black',
        'slip on',
      ],
      patterns: EN_PRODUCT,
      brands: ['nike', 'adidas', 'asics', 'hoka', 'brooks', 'new balance', 'salomon', 'merrell', 'puma', 'skechers'],
    },
    {
      nouns: [
        'headphones',
        'earbuds',
        'laptop',
        'monitor',
        'keyboard',
        'mouse',
        'tablet',
        'smartwatch',
        'tv',
        'soundbar',
        'router',
        'webcam',
        'microphone',
        'projector',
        'speaker',
      ],
      qualifiers: [
        'wireless',
        'bluetooth',
        'gaming',
        '4k',
        'portable',
        'noise cancelling',
        'budget',
        'mechanical',
        '27 inch',
        'usb c',
        'waterproof',
      ],
      patterns: EN_PRODUCT,
      brands: ['sony', 'bose', 'apple', 'samsung', 'lg', 'dell', 'hp', 'lenovo', 'asus', 'logitech', 'anker', 'jbl'],
    },
    {
      nouns: [
        'coffee maker',
        'espresso machine',
        'air fryer',
        'blender',
        'toaster',
        'kettle',
        'stand mixer',
        'rice cooker',
        'slow cooker',
        'knife set',
        'dishwasher',
      ],
      qualifiers: [
        'stainless steel',
        'electric',
        'compact',
        'large',
        'programmable',
        'cordless',
        'glass',
        'smart',
        'quiet',
        'single serve',
      ],
      patterns: EN_PRODUCT,
      brands: ['breville', 'delonghi', 'ninja', 'cuisinart', 'kitchenaid', 'philips', 'instant pot', 'cosori', 'smeg'],
    },
    {
      nouns: [
        'mattress',
        'pillow',
        'sofa',
        'office chair',
        'standing desk',
        'bed frame',
        'rug',
        'curtains',
        'desk lamp',
        'bookshelf',
        'duvet',
      ],
      qualifiers: [
        'memory foam',
        'king size',
        'queen size',
        'ergonomic',
        'adjustable',
        'wooden',
        'velvet',
        'outdoor',
        'small',
        'grey',
        'cooling',
      ],
      patterns: EN_PRODUCT,
      brands: ['ikea', 'casper', 'purple', 'tempur', 'herman miller', 'emma', 'nectar', 'wayfair', 'west elm'],
    },
    {
      nouns: [
        'dog food',
        'cat food',
        'dog bed',
        'cat litter',
        'dog harness',
        'cat tree',
        'dog toys',
        'fish tank',
        'dog crate',
        'cat carrier',
      ],
      qualifiers: [
        'grain free',
        'organic',
        'large breed',
        'puppy',
        'senior',
        'orthopedic',
        'chew proof',
        'small dog',
        'indoor',
        'hypoallergenic',
      ],
      patterns: EN_PRODUCT,
      brands: ['purina', 'royal canin', 'hills', 'blue buffalo', 'orijen', 'kong', 'petsafe', 'ruffwear'],
    },
    {
      nouns: [
        'yoga mat',
        'dumbbells',
        'treadmill',
        'exercise bike',
        'resistance bands',
        'kettlebell',
        'rowing machine',
        'protein powder',
        'pull up bar',
        'foam roller',
      ],
      qualifiers: ['adjustable', 'non slip', 'folding', 'home', 'vegan', 'whey', 'heavy', 'thick', 'smart', 'compact'],
      patterns: EN_PRODUCT,
      brands: [
        'peloton',
        'nordictrack',
        'bowflex',
        'lululemon',
        'manduka',
        'concept2',
        'optimum nutrition',
        'myprotein',
      ],
    },
    {
      nouns: [
        'plumber',
        'electrician',
        'dentist',
        'roofer',
        'locksmith',
        'moving company',
        'house cleaning',
        'car repair',
        'hair salon',
        'veterinarian',
        'dog groomer',
        'tax accountant',
      ],
      qualifiers: [
        'emergency',
        'affordable',
        'licensed',
        'pediatric',
        'mobile',
        'commercial',
        'residential',
        'cosmetic',
      ],
      patterns: EN_SERVICE,
      brands: [],
    },
    {
      nouns: [
        'car insurance',
        'home insurance',
        'life insurance',
        'travel insurance',
        'pet insurance',
        'credit card',
        'personal loan',
        'savings account',
        'mortgage lender',
      ],
      qualifiers: [
        'cheap',
        'online',
        'no annual fee',
        'low interest',
        'term',
        'for students',
        'for seniors',
        'high yield',
        'business',
        'instant',
      ],
      patterns: EN_SOFTWARE,
      brands: [
        'geico',
        'progressive',
        'allstate',
        'state farm',
        'chase',
        'amex',
        'capital one',
        'discover',
        'lemonade',
      ],
    },
    {
      nouns: [
        'vpn',
        'password manager',
        'antivirus',
        'web hosting',
        'website builder',
        'crm software',
        'accounting software',
        'project management software',
        'email marketing software',
        'seo tools',
        'note taking app',
      ],
      qualifiers: [
        'free',
        'open source',
        'cloud',
        'small business',
        'enterprise',
        'simple',
        'self hosted',
        'mac',
        'windows',
        'ai',
      ],
      patterns: EN_SOFTWARE,
      brands: [
        'nordvpn',
        'expressvpn',
        'bitwarden',
        '1password',
        'norton',
        'bluehost',
        'wix',
        'squarespace',
        'hubspot',
        'salesforce',
        'quickbooks',
        'asana',
        'trello',
        'mailchimp',
        'notion',
      ],
    },
    {
      nouns: [
        'banana bread',
        'sourdough bread',
        'pancakes',
        'lasagna',
        'chili',
        'chicken curry',
        'smoothie',
        'cold brew',
        'guacamole',
        'brownies',
        'meatballs',
        'granola',
      ],
      qualifiers: [
        'easy',
        'vegan',
        'gluten free',
        'healthy',
        'keto',
        'quick',
        'slow cooker',
        'high protein',
        'low carb',
        'chocolate',
      ],
      patterns: EN_HOWTO,
      brands: [],
    },
    {
      nouns: [
        'back pain',
        'knee pain',
        'headache',
        'insomnia',
        'anxiety',
        'acne',
        'eczema',
        'high blood pressure',
        'migraine',
        'sore throat',
        'heartburn',
      ],
      qualifiers: ['chronic', 'lower', 'severe', 'mild', 'sudden', 'constant', 'morning', 'hormonal'],
      patterns: EN_HEALTH,
      brands: [],
    },
  ],
};

const ES: Vocabulary = {
  language: 'es',
  qualifierFirst: false,
  cities: ['madrid', 'barcelona', 'valencia', 'sevilla', 'zaragoza', 'málaga', 'bilbao', 'méxico', 'bogotá', 'lima'],
  categories: [
    {
      nouns: [
        'zapatillas running',
        'cafetera',
        'freidora de aire',
        'colchón',
        'aspiradora',
        'robot aspirador',
        'portátil',
        'auriculares',
        'televisor',
        'bicicleta eléctrica',
        'patinete eléctrico',
        'mochila',
      ],
      qualifiers: [
        'barato',
        'inalámbrico',
        'de mujer',
        'de hombre',
        'para niños',
        'pequeño',
        'grande',
        'plegable',
        'silencioso',
      ],
      patterns: [
        '{h}',
        'mejor {h}',
        'mejores {h}',
        '{h} barato',
        'comprar {h}',
        '{h} oferta',
        '{h} opiniones',
        'precio {h}',
        '{b} {h}',
        'cómo elegir {h}',
        'cómo limpiar {h}',
        'qué {h} comprar',
        '{h} online',
        '{h} 2024',
        '{h} segunda mano',
        'cuánto cuesta {h}',
        '{h} comparativa',
        '{h} {q}',
      ],
      brands: ['xiaomi', 'samsung', 'cecotec', 'rowenta', 'taurus', 'philips', 'nike', 'asics', 'lg'],
    },
    {
      nouns: [
        'seguro de coche',
        'seguro de hogar',
        'hipoteca',
        'préstamo personal',
        'tarjeta de crédito',
        'cuenta remunerada',
      ],
      qualifiers: ['barato', 'online', 'para jóvenes', 'sin comisiones', 'a todo riesgo', 'fija', 'variable'],
      patterns: [
        '{h}',
        'mejor {h}',
        '{h} barato',
        'comparador {h}',
        'simulador {h}',
        'calcular {h}',
        '{h} opiniones',
        '{b} {h}',
        '{h} online',
        'cómo contratar {h}',
        '{h} {q}',
        'requisitos {h}',
      ],
      brands: ['mapfre', 'santander', 'bbva', 'ing', 'mutua madrileña', 'caixabank'],
    },
    {
      nouns: ['receta de paella', 'tortilla de patatas', 'gazpacho', 'croquetas', 'flan casero', 'lentejas'],
      qualifiers: ['fácil', 'vegana', 'sin gluten', 'tradicional', 'rápida', 'al horno'],
      patterns: [
        '{h}',
        '{h} {q}',
        'cómo hacer {h}',
        '{h} paso a paso',
        'ingredientes {h}',
        '{h} thermomix',
        'mejor {h}',
        '{h} calorías',
      ],
      brands: [],
    },
    {
      nouns: ['fontanero', 'dentista', 'cerrajero', 'electricista', 'peluquería', 'veterinario'],
      qualifiers: ['urgente', '24 horas', 'barato', 'infantil'],
      patterns: [
        '{h}',
        '{h} en {c}',
        '{h} cerca de mí',
        '{h} {q}',
        'precio {h}',
        'mejor {h} {c}',
        '{h} {q} {c}',
        '{h} opiniones',
      ],
      brands: [],
    },
  ],
};

const DE: Vocabulary = {
  language: 'de',
  qualifierFirst: false,
  cities: ['berlin', 'hamburg', 'münchen', 'köln', 'frankfurt', 'stuttgart', 'düsseldorf', 'leipzig', 'wien', 'zürich'],
  categories: [
    {
      nouns: [
        'laufschuhe',
        'kaffeevollautomat',
        'heißluftfritteuse',
        'matratze',
        'staubsauger',
        'saugroboter',
        'kopfhörer',
        'fernseher',
        'e-bike',
        'fahrradhelm',
        'rucksack',
        'waschmaschine',
      ],
      qualifiers: ['damen', 'herren', 'kinder', 'kabellos', 'leise', 'klein', 'groß', 'günstig', 'wasserdicht'],
      patterns: [
        '{h}',
        '{h} test',
        '{h} testsieger',
        'beste {h}',
        '{h} kaufen',
        '{h} günstig',
        '{h} angebot',
        '{h} vergleich',
        '{b} {h}',
        '{h} erfahrungen',
        'welche {h}',
        '{h} online',
        '{h} {q}',
        '{h} 2024',
        '{h} gebraucht',
        'was kostet {h}',
        '{h} stiftung warentest',
        '{h} {q} test',
      ],
      brands: ['bosch', 'siemens', 'miele', 'jura', 'delonghi', 'philips', 'adidas', 'puma', 'sony', 'samsung'],
    },
    {
      nouns: ['kfz versicherung', 'hausratversicherung', 'haftpflichtversicherung', 'kredit', 'girokonto', 'tagesgeld'],
      qualifiers: ['günstig', 'online', 'ohne schufa', 'kostenlos', 'für fahranfänger'],
      patterns: [
        '{h}',
        '{h} vergleich',
        '{h} rechner',
        '{h} {q}',
        '{b} {h}',
        '{h} wechseln',
        '{h} kündigen',
        '{h} testsieger',
        'beste {h}',
        '{h} erfahrungen',
      ],
      brands: ['huk', 'allianz', 'check24', 'ing', 'dkb', 'comdirect'],
    },
    {
      nouns: ['zahnarzt', 'schlüsseldienst', 'friseur', 'tierarzt', 'umzugsfirma', 'steuerberater'],
      qualifiers: ['notdienst', 'günstig', 'in der nähe', 'kinder'],
      patterns: [
        '{h}',
        '{h} {c}',
        '{h} in der nähe',
        '{h} {q}',
        '{h} kosten',
        'bester {h} {c}',
        '{h} {q} {c}',
        '{h} bewertungen',
      ],
      brands: [],
    },
  ],
};

const FR: Vocabulary = {
  language: 'fr',
  qualifierFirst: false,
  cities: ['paris', 'lyon', 'marseille', 'toulouse', 'nice', 'nantes', 'bordeaux', 'lille', 'bruxelles', 'genève'],
  categories: [
    {
      nouns: [
        'chaussures de running',
        'machine à café',
        'friteuse sans huile',
        'matelas',
        'aspirateur',
        'aspirateur robot',
        'ordinateur portable',
        'casque audio',
        'vélo électrique',
        'trottinette électrique',
        'sac à dos',
        'valise',
      ],
      qualifiers: [
        'pas cher',
        'sans fil',
        'femme',
        'homme',
        'enfant',
        'pliable',
        'silencieux',
        'léger',
        'grande capacité',
      ],
      patterns: [
        '{h}',
        'meilleur {h}',
        '{h} pas cher',
        'acheter {h}',
        '{h} promo',
        '{h} avis',
        'prix {h}',
        '{b} {h}',
        'comment choisir {h}',
        '{h} comparatif',
        '{h} en ligne',
        '{h} {q}',
        '{h} 2024',
        '{h} occasion',
        'quel {h} choisir',
        '{h} {q} avis',
      ],
      brands: ['decathlon', 'philips', 'seb', 'moulinex', 'rowenta', 'delonghi', 'samsung', 'nike', 'dyson'],
    },
    {
      nouns: [
        'assurance auto',
        'mutuelle santé',
        'crédit immobilier',
        'assurance habitation',
        'livret a',
        'prêt personnel',
      ],
      qualifiers: ['pas cher', 'en ligne', 'jeune conducteur', 'senior', 'sans frais'],
      patterns: [
        '{h}',
        '{h} {q}',
        'comparateur {h}',
        'simulation {h}',
        'devis {h}',
        'meilleur {h}',
        '{b} {h}',
        '{h} avis',
        'résilier {h}',
        'taux {h}',
      ],
      brands: ['maaf', 'axa', 'macif', 'matmut', 'boursorama', 'crédit agricole'],
    },
    {
      nouns: [
        'recette crêpes',
        'quiche lorraine',
        'boeuf bourguignon',
        'ratatouille',
        'tarte aux pommes',
        'gratin dauphinois',
      ],
      qualifiers: ['facile', 'rapide', 'sans gluten', 'végétarienne', 'traditionnelle', 'légère'],
      patterns: [
        '{h}',
        '{h} {q}',
        'comment faire {h}',
        '{h} marmiton',
        '{h} thermomix',
        'meilleure {h}',
        '{h} au four',
        '{h} calories',
      ],
      brands: [],
    },
  ],
};

// Share of heads per language: an international keyword list is mostly English.
const VOCABULARIES: readonly (readonly [Vocabulary, number])[] = [
  [EN, 0.7],
  [ES, 0.1],
  [DE, 0.1],
  [FR, 0.1],
];

export interface SyntheticKeyword {
  id: string;
  phrase: string;
  language: string;
  volume: number;
  difficulty: number;
  sectorId: string | null;
  /** The head term it was generated from (a loose topic label; not a curated group). */
  topic: string;
}

/**
 * `n` distinct keywords that look like a keyword-tool export: head terms (a noun of a category, often with one
 * of that category's qualifiers) and their variants (the category's patterns: modifiers, audiences, brands,
 * cities, questions), with a long-tailed number of variants per head and a power-law volume. Mostly English
 * with Spanish, German and French. Same seed, same list. `sectors` spreads heads over that many sector ids
 * (0: no sector, the hardest case: one big pool).
 */
export function syntheticKeywords(n: number, seed = 1, sectors = 0): SyntheticKeyword[] {
  const rnd = mulberry32(seed);
  type Head = { vocab: Vocabulary; category: Category; head: string; sector: string | null };
  const heads: Head[] = [];
  const headCount = Math.max(20, Math.round(n / 25));
  const seenHeads = new Set<string>();
  const qualify = (vocab: Vocabulary, q: string, noun: string) =>
    vocab.qualifierFirst ? `${q} ${noun}` : `${noun} ${q}`;
  for (let guard = 0; heads.length < headCount && guard < headCount * 50; guard++) {
    let r = rnd();
    let vocab = EN;
    for (const [v, share] of VOCABULARIES) {
      if (r < share) {
        vocab = v;
        break;
      }
      r -= share;
    }
    const category = pick(rnd, vocab.categories);
    const noun = pick(rnd, category.nouns);
    const roll = rnd();
    let head = noun;
    if (roll >= 0.3) head = qualify(vocab, pick(rnd, category.qualifiers), noun);
    if (roll >= 0.9) {
      const second = pick(rnd, category.qualifiers);
      if (!head.includes(second)) head = qualify(vocab, second, head);
    }
    const key = `${vocab.language}:${head}`;
    if (seenHeads.has(key)) continue;
    seenHeads.add(key);
    heads.push({ vocab, category, head, sector: sectors > 0 ? `sector-${Math.floor(rnd() * sectors)}` : null });
  }
  const out: SyntheticKeyword[] = [];
  const seen = new Set<string>();
  for (let guard = 0; out.length < n && guard < n * 50; guard++) {
    const hi = out.length < heads.length ? out.length : zipfIndex(rnd, heads.length, 0.8);
    const { vocab, category, head, sector } = heads[hi]!;
    let pattern = out.length < heads.length ? '{h}' : pick(rnd, category.patterns);
    if (category.brands.length < 2 && pattern.includes('{b')) pattern = '{h}';
    const b = category.brands.length ? pick(rnd, category.brands) : '';
    let b2 = category.brands.length ? pick(rnd, category.brands) : '';
    if (b2 === b && category.brands.length > 1)
      b2 = category.brands[(category.brands.indexOf(b) + 1) % category.brands.length]!;
    // A second qualifier only on a bare noun: "wireless headphones" yes, "wireless gaming budget headphones" no.
    const bare = category.nouns.includes(head);
    const q = bare ? pick(rnd, category.qualifiers) : '';
    const phrase = pattern
      .replace('{h}', head)
      .replace('{c}', pick(rnd, vocab.cities))
      .replace('{b2}', b2)
      .replace('{b}', b)
      .replace('{q}', q)
      .replace(/\s+/g, ' ')
      .trim();
    const key = `${vocab.language}:${phrase}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const headVolume = Math.round(200_000 / (hi + 1) ** 0.9);
    out.push({
      id: `kw-${seed}-${out.length}`,
      phrase,
      language: vocab.language,
      volume: phrase === head ? headVolume : Math.max(0, Math.round(headVolume * rnd() * 0.2)),
      difficulty: Math.floor(rnd() * 101),
      sectorId: sector,
      topic: head,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------- measuring

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T } & Timing> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Peak resident set size of this process so far, in MiB. */
export const peakRssMiB = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

/** Runs a full garbage collection when node was started with --expose-gc (the numbers are cleaner). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The last line of every benchmark: one JSON object, so a runner can track it. */
export function printResult(result: Record<string, unknown>): void {
  console.log(JSON.stringify(result));
}

/**
 * Forks `file` (a bench script) as a child that serves something: it gets `spec` over IPC and answers with
 * `{ port }` once listening (or `{ error }`); `label` names it in errors.
 */
export function forkServer(
  file: string,
  spec: unknown,
  label: string,
): Promise<{ child: import('node:child_process').ChildProcess; port: number }> {
  const child = fork(file, ['--serve'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`the ${label} exited (${code}) before it was ready`));
    child.once('error', reject);
    child.once('exit', early);
    child.once('message', (message) => {
      child.off('exit', early);
      const { port, error } = message as { port?: number; error?: string };
      if (error || !port) reject(new Error(`the ${label} failed to start: ${error}`));
      else resolve({ child, port });
    });
    child.send(spec as import('node:child_process').Serializable);
  });
}

/** Asks a forked server to stop (by closing its IPC channel), and kills it if it has not within `ms`. */
export function stopServer(child: import('node:child_process').ChildProcess, ms = 10_000): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.disconnect();
  });
}

/**
 * A fresh database on DATABASE_URL's server for a benchmark (exits with a message when it is unset), and a data
 * directory; `drop()` removes both. `bench` names it in the message.
 */
export async function benchDatabase(bench: string): Promise<{ url: string; dataDir: string; drop(): Promise<void> }> {
  const ownerBase = process.env.DATABASE_URL;
  if (!ownerBase) {
    console.error(`pnpm bench ${bench} needs DATABASE_URL (a PostgreSQL it may create and drop a database on).`);
    process.exit(2);
  }
  const { createDatabase } = await import('../../packages/server/src/db/connection.js');
  const dataDir = mkdtempSync(join(tmpdir(), `igny8-bench-${bench}-`));
  const name = `igny8_bench_${bench.replace(/\W/g, '_')}_${Date.now()}`;
  const admin = createDatabase({ ownerUrl: ownerBase, appUrl: ownerBase, poolMax: 2 });
  await admin.owner.raw(`create database ${name}`);
  const url = new URL(ownerBase);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    async drop() {
      // BENCH_KEEP_DATABASE=1 keeps the seeded database for a closer look (psql, pgbench); drop it by hand after.
      if (process.env.BENCH_KEEP_DATABASE === '1') {
        console.log(`kept database ${name}`);
        await admin.destroy();
        return;
      }
      await admin.owner.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-up owner on the scale plan (active), for a benchmark's seed; and the first industry, for its sites. */
export async function benchOwner(
  deps: import('../../packages/server/src/deps.js').AppDeps,
  bench: string,
): Promise<{ token: string; accountId: string; industryId: string }> {
  const { signup } = await import('../../packages/server/src/auth/service.js');
  const session = await signup(deps, {
    email: `bench-${bench}-${Date.now()}@example.test`,
    password: 'bench-password-1',
    name: 'Bench',
  });
  const accountId = session.account.id;
  const scale = await deps.db.owner('plans').where({ code: 'scale' }).first('id');
  await deps.db.owner('accounts').where({ id: accountId }).update({ plan_id: scale.id, status: 'active' });
  const industry = await deps.db.owner('industries').first('id');
  return { token: session.access_token, accountId, industryId: industry.id };
}

/**
 * A bench account (as `benchOwner` makes it) acting as its owner in the domain, with `credits` bonus credits granted:
 * what the benches that drive the domain directly start from.
 */
export async function benchActor(
  deps: import('../../packages/server/src/deps.js').AppDeps,
  bench: string,
  credits: number,
): Promise<{
  owner: Awaited<ReturnType<typeof benchOwner>>;
  actor: import('../../packages/server/src/domain/actor.js').Actor;
}> {
  const { post } = await import('../../packages/server/src/domain/billing/credits.js');
  const owner = await benchOwner(deps, bench);
  const member = await deps.db.owner('memberships').where({ account_id: owner.accountId }).first('user_id');
  await deps.db.owner.transaction((trx) =>
    post(trx, { accountId: owner.accountId, kind: 'grant', pool: 'bonus', amount: credits, reason: 'bench' }),
  );
  return {
    owner,
    actor: {
      kind: 'user',
      accountId: owner.accountId,
      siteId: null,
      role: 'owner',
      userId: member.user_id,
      apiKeyId: null,
    },
  };
}
