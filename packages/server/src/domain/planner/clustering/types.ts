import type { Intent } from '../text/intent-rules.js';

export type { Intent } from '../text/intent-rules.js';

export type ClusterAlgorithm = 'lexical' | 'semantic' | 'serp';

/** How keywords that pass the threshold become clusters (docs/planner.md, "Grouping"). */
export type ClusterGrouping = 'star' | 'components';

/** Lexical stem weights (docs/planner.md, "Weighting"). */
export type LexicalWeighting = 'modifiers' | 'uniform' | 'idf';

export interface ClusterKeywordInput {
  /** Unique within one call. */
  id: string;
  phrase: string;
  /** Monthly search volume; decides the head keyword. Missing counts as below any known volume. */
  volume?: number | null;
  /** 0–100. */
  difficulty?: number | null;
  /** The user's (or importer's) intent; classified from the phrase when missing. */
  intent?: Intent | null;
  /** BCP 47 or ISO 639 code; decides stop words and stemming. */
  language?: string | null;
  /** A keyword only ever joins a cluster of its own sector; null/undefined is one sector of its own. */
  sectorId?: string | null;
  /** Top result URLs, best first (serp algorithm); only the first 10 distinct ones are used. */
  serpUrls?: readonly string[] | null;
  /** A precomputed embedding (semantic algorithm); all vectors of a call must have one dimension. */
  vector?: ArrayLike<number> | null;
}

export type EmbedFunction = (texts: string[]) => Promise<number[][]>;

export interface ClusterOptions {
  keywords: readonly ClusterKeywordInput[];
  /** Default `lexical`. */
  algorithm?: ClusterAlgorithm;
  /**
   * The similarity a keyword needs to join: lexical — weighted Jaccard of stems, 0 < t ≤ 1 (default 0.25);
   * semantic — cosine, -1 < t ≤ 1 (default 0.8); serp — shared top-10 URLs, an integer 1–10 (default 3).
   */
  threshold?: number;
  /** Clusters smaller than this are dissolved and their keywords reported as unclustered. Default 2. */
  minClusterSize?: number;
  /** Default `star` (each member is similar to its cluster's head); `components` chains (single linkage). */
  grouping?: ClusterGrouping;
  /** Language for keywords without one; when missing, each sector's dominant detected language. */
  language?: string | null;
  /**
   * Lexical stem weights: `modifiers` (default; intent modifiers such as "best", "review", "kaufen" weigh 0.5,
   * every other stem 1), `uniform` (plain Jaccard) or `idf` (rare stems weigh more; measured worse on keywords).
   */
  weighting?: LexicalWeighting;
  /** Semantic: embeds the phrases of keywords that carry no `vector`. Called with batches of distinct phrases. */
  embed?: EmbedFunction;
  /** Semantic: phrases per `embed` call. Default 256. */
  embedBatchSize?: number;
  /**
   * Called as work advances, `done` rising from 0 to `total` (the keyword count; twice that for a semantic run
   * that embeds, the first half being the embedding).
   */
  onProgress?: (done: number, total: number) => void;
  /**
   * Compare every pair instead of generating candidates (quadratic). The result is the same — this is the
   * reference the fast joins are tested and benchmarked against — except that semantic runs above the LSH size
   * may find a few more borderline pairs. Not for production sizes.
   */
  exhaustive?: boolean;
  /** Aborts the run between steps (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

export interface Cluster {
  /** Stable for the same input: `<sector or "-">:<normalized head phrase>`. */
  key: string;
  /** The head keyword's phrase. */
  name: string;
  /**
   * The keyword the cluster formed around: heads are picked in volume order (ties: fewer words, alphabetical,
   * id) and every member is similar to its head, so this is the highest-volume member except when a member
   * was drawn from a bigger head by a closer match.
   */
  headKeywordId: string;
  /** Head first, then by volume descending. */
  keywordIds: string[];
  totalVolume: number;
  /** Mean over members with a difficulty, 2 decimals; null when none has one. */
  avgDifficulty: number | null;
  /** The intent with the most volume among members (each member counts its volume + 1). */
  intent: Intent;
  sectorId: string | null;
  /**
   * The most frequent words (stop words and numbers left out) of the head and the next 99 members in priority
   * order, most frequent first, up to 5: material for ideas and outlines.
   */
  terms: string[];
  /** Mean similarity of the other members to the head in the algorithm's measure (serp: shared URLs), 3 decimals. */
  cohesion: number;
}

export interface ClusterStats {
  algorithm: ClusterAlgorithm;
  threshold: number;
  grouping: ClusterGrouping;
  keywords: number;
  clustered: number;
  unclustered: number;
  clusters: number;
  sectors: number;
  /**
   * Candidate pairs checked against the threshold (the work done; star grouping compares keywords with heads): by
   * their exact similarity, or by a bound that proves them below it (lexical star grouping).
   */
  candidatePairs: number;
  /** Of those, pairs at or above the threshold. */
  similarPairs: number;
  /** Keywords per language used for stemming. */
  languages: Record<string, number>;
  /** Semantic only: phrases embedded through `embed`. */
  embedded?: number;
}

export interface ClusterResult {
  /** By total volume descending, then key. */
  clusters: Cluster[];
  /** Ids of keywords in no cluster, by volume descending (then as clusters order their members). */
  unclustered: string[];
  stats: ClusterStats;
}
