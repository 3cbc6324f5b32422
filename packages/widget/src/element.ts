// <igny8-admin>: the widget as a custom element with its own Shadow DOM.
//
//   <igny8-admin api-base-url="/igny8-api" locale="es" theme="dark" brand-name="Acme SEO"></igny8-admin>
//   <script>document.querySelector('igny8-admin').fetchSession = () => fetch(…).then((r) => r.json());</script>
//
// A function cannot be an attribute, so the session provider is the element's `fetchSession` property or, when that is
// not set, the global `window.igny8FetchSession` (for hosts that print a bootstrap script before the element exists).
// The element mounts once it is connected and has both an API base URL and a session provider.
import { type MountOptions, renderWidget, type WidgetHandle } from './mount.js';
import type { FetchSession } from './session.js';
import type { ThemeInput } from './theme/tokens.js';

declare global {
  interface Window {
    igny8FetchSession?: FetchSession;
  }
  interface HTMLElementTagNameMap {
    'igny8-admin': Igny8AdminElement;
  }
}

export const TAG_NAME = 'igny8-admin';

const ATTRIBUTES = [
  'api-base-url',
  'locale',
  'theme',
  'brand-name',
  'logo-url',
  'support-url',
  'hide-powered-by',
  'hide-title',
  'hide-wordpress',
  'upgrade-url',
  'features',
] as const;

// Only defined where custom elements exist: the bundle may be imported in Node (tests, SSR) without a DOM.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export class Igny8AdminElement extends Base {
  static observedAttributes = [...ATTRIBUTES];
  #fetchSession: FetchSession | undefined;
  #themeTokens: ThemeInput = {};
  #messages: Record<string, string> | undefined;
  #handle: WidgetHandle | undefined;

  get fetchSession(): FetchSession | undefined {
    return this.#fetchSession;
  }

  set fetchSession(value: FetchSession | undefined) {
    this.#fetchSession = value;
    this.#start();
  }

  /** Theme tokens beyond the `theme` (mode) attribute, e.g. `{ primary: '#8a2be2' }`. */
  get themeTokens(): ThemeInput {
    return this.#themeTokens;
  }

  set themeTokens(value: ThemeInput) {
    this.#themeTokens = value ?? {};
    this.#handle?.update({ theme: this.#theme() });
  }

  /** Message key → text overriding the catalogue's (the host's own translations), like mount()'s `messages`. */
  get messages(): Record<string, string> | undefined {
    return this.#messages;
  }

  set messages(value: Record<string, string> | undefined) {
    this.#messages = value;
    this.#handle?.update({ messages: value ?? {} });
  }

  /** Changes theme, locale or brand at run time, like the handle `mount()` returns. */
  update(partial: Parameters<WidgetHandle['update']>[0]): void {
    this.#handle?.update(partial);
  }

  connectedCallback(): void {
    this.#start();
  }

  disconnectedCallback(): void {
    this.#handle?.unmount();
    this.#handle = undefined;
  }

  attributeChangedCallback(name: string): void {
    if (!this.#handle) {
      this.#start();
      return;
    }
    // The API base URL and features are fixed for a session: a change starts the widget again.
    if (name === 'api-base-url' || name === 'features') {
      this.#handle.unmount();
      this.#handle = undefined;
      this.#start();
      return;
    }
    this.#handle.update({ theme: this.#theme(), locale: this.#locale(), brand: this.#brand() });
  }

  #theme(): ThemeInput {
    const mode = this.getAttribute('theme');
    return { ...this.#themeTokens, ...(mode === 'dark' || mode === 'light' ? { mode } : {}) };
  }

  #locale(): string {
    // The page's language when the element names none (wp-admin sets <html lang> to the user's locale).
    return this.getAttribute('locale') || document.documentElement.lang || 'en';
  }

  #brand(): MountOptions['brand'] {
    return {
      name: this.getAttribute('brand-name') ?? undefined,
      logoUrl: this.getAttribute('logo-url') ?? undefined,
      supportUrl: this.getAttribute('support-url') ?? undefined,
      hidePoweredBy: this.hasAttribute('hide-powered-by'),
      hideTitle: this.hasAttribute('hide-title'),
      hideWordPress: this.hasAttribute('hide-wordpress'),
      upgradeUrl: this.getAttribute('upgrade-url') ?? undefined,
    };
  }

  #start(): void {
    if (this.#handle || !this.isConnected) return;
    const apiBaseUrl = this.getAttribute('api-base-url');
    const fetchSession = this.#fetchSession ?? window.igny8FetchSession;
    if (!apiBaseUrl || typeof fetchSession !== 'function') return;
    const features = this.getAttribute('features');
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#handle = renderWidget(root, this, {
      apiBaseUrl,
      fetchSession,
      theme: this.#theme(),
      locale: this.#locale(),
      brand: this.#brand(),
      messages: this.#messages,
      ...(features ? { features: features.split(',').map((f) => f.trim()) } : {}),
    });
  }
}

/** Registers `<igny8-admin>` unless something (another copy of the bundle) already did. */
export function defineElement(tagName: string = TAG_NAME): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, tagName === TAG_NAME ? Igny8AdminElement : class extends Igny8AdminElement {});
}
