/*
 * Glue between wp-admin and the bundled Igny8 widget (assets/igny8-widget.js).
 *
 * Reads the configuration the plugin printed (window.igny8Bridge), mounts the widget into
 * #igny8-admin and gives it a fetchSession callback that renews the widget session through the
 * plugin's REST route (cookie + X-WP-Nonce). Plain ES2017, no build step.
 */
(() => {
  const config = window.igny8Bridge;
  const container = document.getElementById('igny8-admin');
  if (!config || !container) return;

  let initial = config.session;

  async function fetchSession() {
    // The first call may reuse the session minted while the page was rendered, if still fresh.
    const session = initial;
    initial = null;
    if (session && (!session.expiresAt || Date.parse(session.expiresAt) - Date.now() > 30000)) {
      return session;
    }
    const response = await fetch(config.sessionUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-WP-Nonce': config.restNonce, Accept: 'application/json' },
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const error = new Error(body?.message || 'Could not renew the Igny8 session (HTTP ' + response.status + ').');
      error.code = body?.code;
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function showError(message) {
    const notice = document.createElement('div');
    notice.className = 'notice notice-error';
    const p = document.createElement('p');
    p.textContent = message;
    notice.appendChild(p);
    container.before(notice);
  }

  const widget = window.Igny8Widget;
  if (!widget || typeof widget.mount !== 'function') {
    showError('The Igny8 widget bundle did not load (window.Igny8Widget.mount is missing).');
    return;
  }
  if (config.error && !config.session) {
    showError(config.error.message);
  }

  const options = { apiBaseUrl: config.apiBaseUrl, fetchSession, locale: config.locale };
  if (config.session && Array.isArray(config.session.features) && config.session.features.length) {
    options.features = config.session.features;
  }
  // The bundle (packages/widget, IIFE build) exposes window.Igny8Widget.mount(container, options).
  widget.mount(container, options);
})();
