/*
 * Settings → Igny8, after "Test connection": checks from this browser what the widget needs. WordPress reaching
 * Igny8 is not enough: the widget runs here, so it must get a session from this site's REST route and then reach the
 * Igny8 API with it from this page's origin (the address as this browser sees it, and CORS). Plain JS, no build step.
 */
(() => {
  const config = window.igny8BridgeSettings;
  const box = document.getElementById('igny8-widget-check');
  if (!config || !box) return;
  const t = config.i18n;
  // sprintf's `%s` and `%1$s`, as the translated strings use them.
  const format = (text, ...values) => {
    let next = 0;
    return text.replace(/%(?:(\d)\$)?s/g, (_, n) => values[n ? Number(n) - 1 : next++] ?? '');
  };

  function report(state, message) {
    box.dataset.state = state;
    box.className = `notice ${state === 'ok' ? 'notice-success' : 'notice-error'}`;
    const p = document.createElement('p');
    p.textContent = message;
    box.replaceChildren(p);
  }

  async function check() {
    let session;
    try {
      const response = await fetch(config.sessionUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-WP-Nonce': config.restNonce, Accept: 'application/json' },
      });
      session = await response.json().catch(() => null);
      if (!response.ok || !session?.token) {
        report('error', format(t.refused, session?.message || t.sessionFailed));
        return;
      }
    } catch {
      report('error', t.sessionFailed);
      return;
    }
    const api = config.apiBaseUrl.replace(/\/+$/, '');
    let response;
    try {
      response = await fetch(`${api}/v1/sites/${encodeURIComponent(session.siteId)}/integration`, {
        headers: { Authorization: `Bearer ${session.token}`, Accept: 'application/json' },
      });
    } catch {
      // A network failure and a CORS refusal look the same from here, on purpose (browsers hide which).
      report('error', format(t.blocked, api, window.location.origin));
      return;
    }
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      report('error', format(t.refused, body?.error?.message || `HTTP ${response.status}`));
      return;
    }
    report('ok', format(t.ok, api));
  }

  check();
})();
