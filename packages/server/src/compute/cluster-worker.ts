// Runs in a worker thread of the compute pool (pool.ts): the clustering engine, away from the event loop
// that serves the API. Progress goes back over the port the task brings.
import type { MessagePort } from 'node:worker_threads';
import { clusterKeywords } from '../domain/planner/clustering/index.js';
import type { ClusterRequest } from '../domain/ports.js';

export default async function cluster({ request, port }: { request: ClusterRequest; port?: MessagePort }) {
  try {
    return await clusterKeywords({
      ...request,
      onProgress: port ? (done, total) => port.postMessage([done, total]) : undefined,
    });
  } finally {
    port?.close();
  }
}
