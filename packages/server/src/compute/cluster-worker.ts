// Runs in a worker thread of the compute pool (pool.ts): the clustering engine, away from the event loop
// that serves the API. Progress goes back over the port the task brings.
//
// At thread start the worker warms the engine in the background: a few clusterings of a fixed multilingual sample
// (clustering/warmup.ts) build the per-language tables and let V8 compile the hot paths, so that requests after
// the first few hundred milliseconds of a thread's life do not pay for that. The warm-up gives way to the first
// request (it is aborted at its next 50 ms yield) and nothing of it reaches a result.
import type { MessagePort } from 'node:worker_threads';
import { clusterKeywords } from '../domain/planner/clustering/index.js';
import { warmUpSample } from '../domain/planner/clustering/warmup.js';
import type { ClusterRequest } from '../domain/ports.js';

const WARM_UP_ROUNDS = 4;
const WARM_UP_COPIES = 15;

const warmUp = new AbortController();

async function warm(): Promise<void> {
  const keywords = warmUpSample(WARM_UP_COPIES);
  for (let round = 0; round < WARM_UP_ROUNDS && !warmUp.signal.aborted; round++) {
    // Both groupings and the exhaustive join share most of the engine; star is what requests use by default.
    await clusterKeywords({ keywords, signal: warmUp.signal, threshold: round % 2 ? 0.5 : 0.25 });
  }
}

if (process.env.IGNY8_CLUSTER_WARM_UP !== '0') {
  setImmediate(() => {
    warm().catch(() => {});
  });
}

export default async function cluster({ request, port }: { request: ClusterRequest; port?: MessagePort }) {
  warmUp.abort();
  try {
    return await clusterKeywords({
      ...request,
      onProgress: port ? (done, total) => port.postMessage([done, total]) : undefined,
    });
  } finally {
    port?.close();
  }
}
