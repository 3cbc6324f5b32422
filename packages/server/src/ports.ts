// Whether a TCP port can be listened on, asked before starting something that would otherwise
// fail later with a less helpful message (PostgreSQL's log, a stack from `listen`).
import { createServer } from 'node:net';

function tryListen(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/** True when nothing listens on `port` of `host` (a listener on all interfaces counts as busy). */
export async function portFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return (await tryListen(port, host)) !== undefined;
}

/** A port that was free a moment ago, chosen by the system. */
export async function anyFreePort(host = '127.0.0.1'): Promise<number> {
  const port = await tryListen(0, host);
  if (port === undefined) throw new Error(`no free port on ${host}`);
  return port;
}
