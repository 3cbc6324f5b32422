// CPU-heavy work in a pool of worker threads (piscina), so that the process serving the API goes on answering
// while a 100,000-keyword clustering runs. Threads start on demand and stop when idle; with `threads: 0` the
// work runs on the calling thread (a script, a benchmark's baseline).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { assertOutsideTransaction } from '../db/transaction-scope.js';
import { clusterKeywords } from '../domain/planner/clustering/index.js';
import type { ClusterRequest, Compute } from '../domain/ports.js';

export interface ComputePool extends Compute {
  /**
   * Keeps one thread alive from now on, loaded and warmed at once, so the first clustering does not pay for that
   * (a process that works jobs calls it as it starts; others never start a thread).
   */
  prestart(): void;
  close(): Promise<void>;
}

/** The worker file next to this one: TypeScript when running from source (through tsx), JavaScript when built. */
function workerFile(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './cluster-worker.ts' : './cluster-worker.js', import.meta.url).href;
  if (!fromSource) return { filename, execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href.replace(
    /cjs\/index\.cjs$/,
    'loader.mjs',
  );
  return { filename, execArgv: ['--import', tsx] };
}

export function createComputePool(
  options: {
    threads?: number;
    /**
     * A thread that failed outside any task (its warm-up; from source, the loader's helper process gone after a
     * Ctrl+C to the process group). The pool replaces it; without a listener the error would end the process.
     */
    onThreadError?: (err: unknown) => void;
  } = {},
): ComputePool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  if (threads === 0) {
    return {
      cluster: async (request, onProgress) => {
        assertOutsideTransaction('clustering');
        return clusterKeywords({ ...request, onProgress });
      },
      prestart: () => {},
      close: async () => {},
    };
  }
  let pool: Piscina | undefined;
  let minThreads = 0;
  // Threads start on demand and stop when idle, but for the one `prestart` keeps.
  const open = () => {
    if (!pool) {
      pool = new Piscina({ ...workerFile(), minThreads, maxThreads: threads, idleTimeout: 30_000 });
      pool.on('error', (err) => options.onThreadError?.(err));
    }
    return pool;
  };
  return {
    async cluster(request: ClusterRequest, onProgress?: (done: number, total: number) => void) {
      assertOutsideTransaction('clustering');
      if (!onProgress) return open().run({ request });
      const { port1, port2 } = new MessageChannel();
      port1.on('message', ([done, total]: [number, number]) => onProgress(done, total));
      try {
        return await open().run({ request, port: port2 }, { transferList: [port2] });
      } finally {
        port1.close();
      }
    },
    prestart() {
      if (pool) return;
      minThreads = 1;
      open();
    },
    async close() {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
