export const CLUSTER_JOB = 'keywords.cluster';
export const IDEAS_JOB = 'ideas.generate';
