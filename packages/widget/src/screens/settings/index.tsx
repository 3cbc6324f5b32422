// Settings: the site, its sectors, brand voice and language, the WordPress connection, the team, API keys,
// notifications and the site's budget — one section at a time, chosen from a WordPress-style sub-navigation. Each
// section is its own chunk; the session's role (`GET /v1/me`) decides which controls are enabled.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { type Access, AccessCtx, isAdmin, NAV_CSS } from './access.js';

const SECTIONS = {
  site: () => import('./site.js'),
  sectors: () => import('./sectors.js'),
  voice: () => import('./voice.js'),
  wordpress: () => import('./wordpress.js'),
  team: () => import('./team.js'),
  keys: () => import('./keys.js'),
  notifications: () => import('./notifications.js'),
  budget: () => import('./budget.js'),
};
type Section = keyof typeof SECTIONS;

export default function Settings() {
  const { client, i18n, brand } = useWidget();
  const [section, setSection] = useState<Section>('site');
  const [refused, setRefused] = useState(false);
  // A role that cannot be read is not a reason to show nothing: the API refuses what the role cannot do.
  const me = useAsync(() => client.me.get().catch(() => undefined), []);
  const role = me.data?.role;
  const access: Access = {
    role,
    admin: !refused && (role ? isAdmin(role) : true),
    refused: () => setRefused(true),
  };
  const sections = (Object.keys(SECTIONS) as Section[]).filter((s) => s !== 'wordpress' || !brand.hideWordPress);
  return (
    <div class="settings">
      <style>{NAV_CSS}</style>
      <nav aria-label={i18n.t('settings.nav')}>
        <ul class="subsubsub">
          {sections.map((s) => (
            <li key={s}>
              <button
                type="button"
                class="linkish"
                aria-current={s === section ? 'page' : undefined}
                onClick={() => setSection(s)}
              >
                {i18n.t(`settings.nav.${s}` as MessageKey)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {me.loading ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : (
        <AccessCtx.Provider value={access}>
          <Lazy section={section} />
        </AccessCtx.Provider>
      )}
    </div>
  );
}

const loaded = new Map<Section, ComponentType>();

/** One section's chunk, loaded the first time it is opened (a failed load offers a retry). */
function Lazy({ section }: { section: Section }) {
  const { i18n } = useWidget();
  const [, setVersion] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<Section | null>(null);
  const Component = loaded.get(section);
  useEffect(() => {
    if (Component) return;
    let live = true;
    setFailed(null);
    SECTIONS[section]().then(
      (m) => {
        loaded.set(section, m.default);
        if (live) setVersion((v) => v + 1);
      },
      () => live && setFailed(section),
    );
    return () => {
      live = false;
    };
  }, [section, Component, attempt]);
  if (Component) return <Component />;
  if (failed === section) {
    return (
      <div class="notice error" role="alert">
        <p>{i18n.t('error.NETWORK')}</p>
        <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
          {i18n.t('common.retry')}
        </button>
      </div>
    );
  }
  return <p aria-busy="true">{i18n.t('common.loading')}</p>;
}
