/*
 * Glue between wp-admin and the bundled Igny8 widget (assets/igny8-widget.js).
 *
 * Reads the configuration the plugin printed (window.igny8Bridge), mounts the widget into #igny8-admin at once and
 * gives it a fetchSession callback that gets widget sessions from the plugin's REST route (cookie + X-WP-Nonce); the
 * page never waits on the Igny8 API. When the first session cannot be had, the widget is hidden and one notice says
 * why, with "Try again" and a link to the settings; once a session comes, the widget carries on. Later renewals that
 * fail reject with the route's reason and code, which the widget shows. Plain JS, no build step.
 */
(() => {
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

  async function requestSession() {
    let response;
    try {
      response = await fetch(config.sessionUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-WP-Nonce': config.restNonce, Accept: 'application/json' },
      });
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

  const widget = window.Igny8Widget;
  if (!widget || typeof widget.mount !== 'function') {
    container.hidden = true;
    showFailure(t.bundleMissing, () => window.location.reload());
    return;
  }

  // The first session: settled only by success. Each failure shows the notice and waits for "Try again", while the
  // widget (which asked for it) stays hidden, so there is never more than one message on the page.
  let first = new Promise((resolve) => {
    const attempt = () => {
      clearNotice();
      container.hidden = false;
      requestSession().then(resolve, (error) => {
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

  // The bundle (packages/widget, IIFE build) exposes window.Igny8Widget.mount(container, options); the session's
  // feature allowlist reaches the widget with the session itself.
  // `messages`: the widget's strings as translated in the plugin's text domain (see the .pot), over its own catalogue.
  widget.mount(container, {
    apiBaseUrl: config.apiBaseUrl,
    fetchSession,
    locale: config.locale,
    messages: config.messages || {},
  });
})();
