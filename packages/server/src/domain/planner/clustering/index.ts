// The keyword clustering engine (pure: no database, no HTTP). docs/planner.md describes the algorithms,
// their knobs and when to use which.
export {
  CLUSTER_ALGORITHMS,
  clusterKeywords,
  DEFAULT_THRESHOLDS,
  LEXICAL_WEIGHTINGS,
  MODIFIER_WEIGHT,
} from './engine.js';
export { type NamingScores, namingScores, type PairwiseScores, pairwiseScores } from './quality.js';
export { normalizeSerpUrl } from './serp.js';
export type {
  Cluster,
  ClusterAlgorithm,
  ClusterGrouping,
  ClusterKeywordInput,
  ClusterOptions,
  ClusterResult,
  ClusterStats,
  EmbedFunction,
  Intent,
  LexicalWeighting,
} from './types.js';
