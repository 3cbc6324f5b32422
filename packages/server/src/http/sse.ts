// Placeholder until the SSE stream lands: every event so far, then the end. (Replaced by the full implementation.)
import { Readable } from 'node:stream';

export interface SseEvent {
  id: string;
  event?: string;
  data: unknown;
}

export function sseStream(options: {
  poll(lastId: string | null, limit: number): Promise<SseEvent[]>;
  finished(): Promise<boolean>;
  lastEventId: string | null;
  signal?: AbortSignal;
}): Readable {
  async function* frames() {
    let last = options.lastEventId;
    for (;;) {
      const batch = await options.poll(last, 100);
      for (const e of batch) {
        last = e.id;
        yield `id: ${e.id}\nevent: ${e.event ?? 'message'}\ndata: ${JSON.stringify(e.data)}\n\n`;
      }
      if (!batch.length && (await options.finished())) break;
      if (!batch.length) await new Promise((r) => setTimeout(r, 500));
      if (options.signal?.aborted) return;
    }
    yield 'event: end\ndata: {}\n\n';
  }
  return Readable.from(frames());
}
