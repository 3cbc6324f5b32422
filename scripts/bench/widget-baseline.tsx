// The first-render benchmark's baseline (scripts/bench/widget.ts): the strongest simple alternative to the widget's
// first screen — a bare Preact component on the same wp-admin page that gets a session from the same plugin REST
// route (the request the page's <head> made, as the Igny8 page's glue does), asks the API for the same four things the overview shows (the site, the account, the balance, the
// integration) with plain fetch, and renders them as cards. No SDK, no Shadow DOM, no catalogues, no chunks, no
// router: the least a host could ship that shows the same data. Bundled on the fly with esbuild (Preact included).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Config {
  apiBaseUrl: string;
  sessionUrl: string;
  restNonce: string;
  locale: string;
}

interface Overview {
  site: { name: string; url: string | null };
  account: { plan: { name: string } };
  balance: { available_credits: number };
  integration?: { status: string };
}

const page = window as unknown as { igny8Bridge: Config; igny8BridgeFirstSession?: Promise<Response> };
const config = page.igny8Bridge;

async function load(): Promise<Overview> {
  // The session the page's <head> asked for, as the Igny8 page's glue takes it (or, without, asked for now).
  const answer = await (page.igny8BridgeFirstSession ??
    fetch(config.sessionUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-WP-Nonce': config.restNonce, Accept: 'application/json' },
    }));
  const session = (await answer.json()) as { token: string; siteId: string };
  const api = config.apiBaseUrl.replace(/\/+$/, '');
  const get = async (path: string) => {
    const res = await fetch(`${api}${path}`, {
      headers: { Authorization: `Bearer ${session.token}`, Accept: 'application/json' },
    });
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return ((await res.json()) as { data: unknown }).data;
  };
  const [site, account, balance, integration] = await Promise.all([
    get(`/v1/sites/${session.siteId}`),
    get('/v1/account'),
    get('/v1/billing/balance'),
    get(`/v1/sites/${session.siteId}/integration`).catch(() => undefined),
  ]);
  return { site, account, balance, integration } as Overview;
}

const CSS = `
.bench-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 16px; }
.bench-card { background: #fff; border: 1px solid #c3c4c7; border-radius: 4px; padding: 16px; }
.bench-big { font-size: 2em; margin: 0 0 8px; }
`;

function App() {
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setData, (e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const numbers = new Intl.NumberFormat(config.locale);
  return (
    <div class="bench-grid">
      <style>{CSS}</style>
      <section class="bench-card">
        <h2>Site</h2>
        <p class="bench-big" data-testid="site-name">
          {data.site.name}
        </p>
        {data.site.url && <a href={data.site.url}>{data.site.url}</a>}
        <p>{data.integration?.status ?? 'unknown'}</p>
      </section>
      <section class="bench-card">
        <h2>Credits available</h2>
        <p class="bench-big" data-testid="credits">
          {numbers.format(data.balance.available_credits)}
        </p>
        <p>{data.account.plan.name}</p>
      </section>
    </div>
  );
}

performance.mark('igny8-mount');
render(<App />, document.getElementById('igny8-baseline') as HTMLElement);
