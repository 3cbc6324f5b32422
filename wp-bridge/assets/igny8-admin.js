/*
 * Glue between wp-admin and the bundled Igny8 widget (assets/widget/igny8-widget.js, an ES module that loads its
 * screens from assets/widget/chunks/ as they open). This file is a module script too, printed after the widget's, so
 * it runs once the page is parsed and the entry has run.
 *
 * Reads the configuration the plugin printed (window.igny8Bridge), mounts the widget into #igny8-admin at once and
 * gives it a fetchSession callback that gets widget sessions from the plugin's REST route (cookie + X-WP-Nonce); the
 * page never waits on the Igny8 API. The first one was asked for from the page's <head> (window.igny8BridgeFirstSession),
 * so it is minted while the page renders and the modules load. The widget gets the user's locale and admin colour scheme (as theme tokens), and
 * tells when a screen has rendered: the first time, `performance.mark('igny8-first-screen')` (after
 * `igny8-mount`, set just before mount; the first-render benchmark reads both). When the first session cannot be had,
 * the widget is hidden and one notice says why, with "Try again" and a link to the settings; once a session comes,
 * the widget carries on. Later renewals that fail reject with the route's reason and code, which the widget shows.
 * Plain JS, no build step.
 */
(async () => {
  const config = window.igny8Bridge;
  const container = document.getElementById('igny8-admin');
  if (!config || !container) return;
  const t = config.i18n || {};

  function sessionError(message, code) {
    const error = new Error(message);
    // A code tells the widget the message is meant for the user (see the widget's SessionError).
    error.code = code;
    return error;
  }

  /** A session from the plugin's REST route; `early` is the answer to the request the page's <head> made. */
  async function requestSession(early) {
    let response;
    try {
      response = await (early ??
        fetch(config.sessionUrl, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'X-WP-Nonce': config.restNonce, Accept: 'application/json' },
        }));
    } catch {
      throw sessionError(t.unreachable, 'igny8_wordpress_unreachable');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok || !body || typeof body.token !== 'string') {
      throw sessionError(body?.message || t.failed, body?.code || 'igny8_session_failed');
    }
    return body;
  }

  let notice = null;
  function clearNotice() {
    notice?.remove();
    notice = null;
  }

  function showFailure(message, retry) {
    clearNotice();
    notice = document.createElement('div');
    notice.className = 'notice notice-error';
    notice.id = 'igny8-session-error';
    notice.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = message;
    const actions = document.createElement('p');
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'button';
    again.textContent = t.retry;
    again.addEventListener('click', retry);
    const settings = document.createElement('a');
    settings.href = config.settingsUrl;
    settings.textContent = t.settings;
    settings.style.marginInlineStart = '12px';
    actions.append(again, settings);
    notice.append(text, actions);
    container.before(notice);
  }

  // The entry sets window.Igny8Widget as it runs (before this module, in document order). Should it not have (a
  // host that defers it differently), importing it — the same URL, so the same module — waits for it, and a failed
  // load rejects, which a missing or broken bundle gives.
  let widget = window.Igny8Widget;
  if (!widget) {
    const src = document.getElementById('igny8-widget-js')?.src || config.widgetUrl;
    widget = await import(src).catch(() => null);
  }
  if (!widget || typeof widget.mount !== 'function') {
    container.hidden = true;
    showFailure(t.bundleMissing, () => window.location.reload());
    return;
  }

  // The first session: settled only by success. Each failure shows the notice and waits for "Try again", while the
  // widget (which asked for it) stays hidden, so there is never more than one message on the page.
  // The first attempt takes the session the page's <head> asked for already (see print_session_prefetch()).
  let early = window.igny8BridgeFirstSession;
  window.igny8BridgeFirstSession = undefined;
  let first = new Promise((resolve) => {
    const attempt = () => {
      clearNotice();
      container.hidden = false;
      const answer = early;
      early = undefined;
      requestSession(answer).then(resolve, (error) => {
        container.hidden = true;
        showFailure(error.message, attempt);
      });
    };
    attempt();
  });

  async function fetchSession() {
    if (first) {
      const session = await first;
      first = null;
      return session;
    }
    return requestSession();
  }

  let firstScreen = true;
  const onScreen = (route) => {
    container.dataset.screen = route;
    if (!firstScreen) return;
    firstScreen = false;
    performance.mark('igny8-first-screen', { detail: { route } });
  };

  // The session's feature allowlist reaches the widget with the session itself (administrators' sessions open every
  // screen, others' the API's defaults). `messages`: the widget's strings as translated in the plugin's text domain
  // (see the .pot), over its own catalogue.
  performance.mark('igny8-mount');
  widget.mount(container, {
    apiBaseUrl: config.apiBaseUrl,
    fetchSession,
    locale: config.locale,
    theme: config.theme || {},
    brand: config.brand || {},
    messages: config.messages || {},
    ...(config.initialRoute ? { initialRoute: config.initialRoute } : {}),
    onScreen,
  });
})();
