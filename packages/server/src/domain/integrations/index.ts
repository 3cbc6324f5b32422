// Integrations: the signed WordPress bridge — connection codes, connect and disconnect, signed-site
// authentication, secret rotation, the outbound REST client (through the pinned SSRF guard of src/net), widget sessions.
// The module's entry: what it offers, one namespace per file. Another layer (http, jobs) or module may import
// from here or from the files directly; every file of the module is listed (test/architecture/modules.test.ts).

export * as integrationRow from './integration-row.js';
export * as ports from './ports.js';
export * as secretBox from './secret-box.js';
export * as signedSite from './signed-site.js';
export * as signing from './signing.js';
export * as siteOrigins from './site-origins.js';
export * as widgetSessions from './widget-sessions.js';
export * as wordpress from './wordpress.js';
export * as wordpressRest from './wordpress-rest.js';
