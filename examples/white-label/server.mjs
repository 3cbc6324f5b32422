// A partner's backend, as small as it gets: it serves the page and the widget's folder (the ES module entry and the
// chunks it loads relative to its own URL), and mints widget sessions with its admin API key, which never reaches the
// browser.
//
//   IGNY8_API_URL=http://localhost:8080 IGNY8_API_KEY=igny8_sk_… IGNY8_SITE_ID=<site uuid> PORT=3000 node server.mjs
//
// IGNY8_WIDGET_FEATURES (comma-separated, default `overview,keywords,writer`) says which screens its users get, and
// IGNY8_WIDGET_ROLE (default `editor`) with which role: Billing and Settings are for an `admin`.
//
// The Igny8 API must allow this page's origin (CORS_ORIGINS=http://127.0.0.1:3000 on the server).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const api = process.env.IGNY8_API_URL ?? 'http://localhost:8080';
const apiKey = process.env.IGNY8_API_KEY;
const siteId = process.env.IGNY8_SITE_ID;
const sessionRole = process.env.IGNY8_WIDGET_ROLE || 'editor';
const sessionFeatures = (process.env.IGNY8_WIDGET_FEATURES || 'overview,keywords,writer')
  .split(',')
  .map((f) => f.trim());
if (!apiKey || !siteId) {
  console.error('Set IGNY8_API_KEY (an admin key) and IGNY8_SITE_ID.');
  process.exit(1);
}
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
// The widget's build: dist/igny8-widget.js and dist/chunks/*.js (the .map files and meta.json are not served).
const widgetDir = new URL('../../packages/widget/dist/', import.meta.url);
const WIDGET_FILE = /^\/widget\/((?:chunks\/)?[\w-]+\.js)$/;

const server = createServer(async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/session') {
      // Here a real partner checks its own user's login first.
      const answer = await fetch(`${api}/v1/widget-sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ site_id: siteId, role: sessionRole, features: sessionFeatures }),
      });
      const body = await answer.json();
      if (!answer.ok) {
        res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        return;
      }
      const { token, expires_at: expiresAt, features } = body.data;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ token, expiresAt, siteId, features }));
      return;
    }
    const file = WIDGET_FILE.exec(req.url ?? '');
    if (file) {
      const body = await readFile(new URL(file[1], widgetDir)).catch(() => null);
      if (!body) {
        res.writeHead(404).end('not found');
        return;
      }
      // A JavaScript MIME type (module scripts require one). The chunks' names carry their content hash, so they may be
      // cached for good; the entry's name does not, so it is revalidated.
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': file[1].startsWith('chunks/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
      return;
    }
    if (req.url === '/' || req.url?.startsWith('/?') || req.url === '/index.html') {
      const page = (await readFile(here('./index.html'), 'utf8')).replace('%IGNY8_API_URL%', api);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    res.writeHead(404).end('not found');
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`white-label example on http://127.0.0.1:${port}`);
});
