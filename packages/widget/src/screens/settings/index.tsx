// Settings, one section at a time from a WordPress-style sub-navigation: the site (and its monthly budget), its
// sectors, brand voice and language, the WordPress connection, the team, API keys and notifications. The session's
// role (`GET /v1/me`) decides what can be changed; a role the API refuses (INSUFFICIENT_ROLE) disables the rest.
import { isAPIError, type Schemas } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import {
  DIALOG_CSS,
  Dialog,
  diff,
  type Field,
  FORM_CSS,
  Form,
  Notice,
  Table,
  Upgrade,
  useAsync,
  useSave,
  useValues,
  type Values,
  Wait,
  when,
} from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';

type Role = Schemas['Role'];
const ROLES: Role[] = ['owner', 'admin', 'editor', 'viewer'];
const LANGUAGES =
  'ar bg cs da de el en es et fi fr he hi hr hu id it ja ko lt lv nb nl pl pt ro ru sk sl sr sv th tr uk vi zh'.split(
    ' ',
  );
const LISTS = ['banned_words', 'iframe_hosts'];

interface Question {
  text: string;
  label: string;
  run: () => void;
}
/** The session's role, whether it may change settings, and what the sections share. */
interface A {
  role: Role | undefined;
  admin: boolean;
  /** Told of a failed save: INSUFFICIENT_ROLE disables every change. */
  no: (error: unknown) => void;
  /** Asks before something that cannot be undone. */
  ask: (q: Question) => void;
}
type P = { a: A };

/** The screen's words: `t('copy')` says `settings.copy` (the shell's words are `i18n.t`). */
const useT = () => {
  const { i18n } = useWidget();
  return (key: string, params?: Record<string, string | number>) => i18n.t(`settings.${key}` as MessageKey, params);
};

/** A fieldset disabled (with the reason) when the session may not change what it holds. */
const Guard = ({ a, children }: P & { children: ComponentChildren }) => (
  <fieldset disabled={!a.admin} aria-describedby={a.admin ? undefined : 'igny8-role-note'}>
    {children}
  </fieldset>
);

/** A row action that asks first (Remove, Revoke), named with what it acts on. */
function Ask(props: P & { label: string; name: string; text: string; run: () => void }) {
  const { i18n } = useWidget();
  return (
    <div class="row-actions">
      <button
        type="button"
        class="linkish danger"
        aria-label={i18n.t('common.of', { action: props.label, name: props.name })}
        onClick={() => props.a.ask(props)}
      >
        {props.label}
      </button>
    </div>
  );
}

/** A secret the API shows once (a connection code, an API key): read-only, with Copy. */
function Secret({ v, l, children }: { v: string; l: string; children: ComponentChildren }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div class="notice success" data-testid="secret">
      <p>{children}</p>
      <p class="row">
        <input type="text" readOnly value={v} aria-label={l} ref={input} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          class="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(v);
            } catch {
              // No clipboard permission (an insecure origin): the old command on the selected text.
              input.current?.select();
              document.execCommand('copy');
            }
            setCopied(true);
          }}
        >
          {t('copy')}
        </button>
      </p>
      <p role="status">{copied ? t('copied') : ''}</p>
    </div>
  );
}

/** The site's title, address and description (PATCH, what changed), and its monthly cap in credits (PUT budget). */
function Site({ a }: P) {
  const { client, siteId } = useWidget();
  const t = useT();
  const { v, set, saved, reset } = useValues();
  // The whole site is kept: only the fields below are edited, and only what changed is sent.
  const load = useAsync(async () => {
    const [x, b] = await Promise.all([client.sites.get(siteId), client.sites.budget(siteId)]);
    reset({ ...x, monthly_credit_cap: b.monthly_credit_cap });
    return b.used_this_month;
  }, [siteId]);
  const s = useSave(a.no);
  if (!v || load.data === undefined) return <Wait x={load} />;
  const submit = () =>
    s.run(async () => {
      const { monthly_credit_cap, ...site } = diff(v, saved, (k, x) =>
        typeof x === 'string' ? x.trim() || (k === 'url' ? null : '') : x,
      );
      // What the API answers is the new baseline.
      const next = { ...v };
      if (Object.keys(site).length) Object.assign(next, await client.sites.update(siteId, site));
      if (monthly_credit_cap !== undefined) {
        next.monthly_credit_cap = (await client.sites.setBudget(siteId, { monthly_credit_cap })).monthly_credit_cap;
      }
      reset(next);
    });
  const f: Field[] = [
    { k: 'name', l: t('site.name'), required: true, maxLength: 120 },
    { k: 'url', l: t('site.url'), t: 'url', placeholder: 'https://' },
    { k: 'description', l: t('site.description'), t: 'area', rows: 4 },
    {
      k: 'monthly_credit_cap',
      l: t('cap'),
      t: 'number',
      min: 0,
      max: 1e8,
      h: t('capHelp', { used: load.data }),
    },
  ];
  return (
    <Guard a={a}>
      <Notice s={s} />
      <Form f={f} v={v} set={set} s={s} label={t('site')} submit={submit} />
    </Guard>
  );
}

/** The industry (changeable while the site has no sectors) and its sectors, 1 to the plan's limit (at most 5). */
function Sectors({ a }: P) {
  const { client, siteId, brand } = useWidget();
  const t = useT();
  const [v, set] = useState<Values>({ industry_id: '', on: {} });
  const base = useAsync(async () => {
    const [site, sectors, account] = await Promise.all([
      client.sites.get(siteId),
      client.sites.listSectors(siteId),
      client.account.get(),
    ]);
    set({ industry_id: site.industry_id, on: Object.fromEntries(sectors.map((x) => [x.id, true])) });
    // Only a site without sectors may move to another industry: the list is needed then only.
    const list = sectors.length ? [] : (await client.industries.list({ limit: 100 })).data;
    return { site, locked: sectors.length > 0, plan: account.plan, list };
  }, [siteId]);
  const industry = useAsync(
    async () => (v.industry_id ? client.industries.get(v.industry_id) : undefined),
    [v.industry_id],
  );
  const s = useSave(a.no);
  if (!base.data) return <Wait x={base} />;
  const { site, locked, plan, list } = base.data;
  const max = Math.min(plan.max_sectors_per_site, 5);
  const all = industry.data?.sectors ?? [];
  const chosen = all.filter((x) => v.on[x.id]).map((x) => x.id);
  const full = chosen.length >= max;
  const f: Field[] = [
    locked
      ? { k: 'industry', l: t('industry'), readOnly: true, h: t('locked') }
      : { k: 'industry_id', l: t('industry'), o: list.map((i) => [i.id, i.name]) },
    {
      l: t('sectors'),
      g: all.map((x) => ({ k: `on.${x.id}`, l: x.name, t: 'checkbox', disabled: !v.on[x.id] && full })),
    },
  ];
  return (
    <Guard a={a}>
      <Notice s={s} />
      <Form
        f={f}
        v={{ ...v, industry: industry.data?.name ?? '…' }}
        // Another industry: its own sectors, none chosen yet.
        set={(n) => set(n.industry_id === v.industry_id ? n : { industry_id: n.industry_id, on: {} })}
        s={s}
        off={!chosen.length}
        label={t('sectors')}
        submit={() =>
          s.run(async () => {
            if (v.industry_id !== site.industry_id) await client.sites.update(siteId, { industry_id: v.industry_id });
            await client.sites.selectSectors(siteId, { sector_ids: chosen });
            base.reload();
          })
        }
      >
        <p class="muted" aria-live="polite">
          {t('limit', { max, count: chosen.length, name: brand.planName || plan.name })}{' '}
          {full && <Upgrade text={t('upgrade')} />}
        </p>
      </Form>
    </Guard>
  );
}

/** How the writer writes for the site (every writer setting); only what changed is sent, an emptied text as null. */
function Voice({ a }: P) {
  const { client, siteId, i18n } = useWidget();
  const t = useT();
  const { v, set, saved, reset } = useValues();
  const keep = (w: Schemas['WriterSettings']) =>
    reset({ ...w, banned_words: w.banned_words.join('\n'), iframe_hosts: w.iframe_hosts.join('\n') });
  const load = useAsync(async () => keep(await client.sites.writerSettings(siteId)), [siteId]);
  const s = useSave(a.no);
  if (!v) return <Wait x={load} />;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([i18n.locale], { type: 'language' });
  } catch {}
  const F = (k: string, x: Values = {}): Field => ({ k, l: t(`ws.${k}`), ...x });
  const pick = (k: string, list: string[], prefix: string) => F(k, { o: list.map((x) => [x, t(prefix + x)]) });
  const lines = { t: 'area', rows: 3, h: t('ws.lines') };
  const number = { t: 'number', min: 0, max: 10 };
  const f = [
    F('language', {
      o: [['', t('ws.auto')], ...[...new Set([...LANGUAGES, v.language || 'en'])].map((c) => [c, names?.of(c) ?? c])],
    }),
    F('tone', { maxLength: 200 }),
    F('audience', { t: 'area', rows: 2 }),
    pick('point_of_view', ['first_person_singular', 'first_person_plural', 'second_person', 'third_person'], 'pov.'),
    pick('reading_level', ['simple', 'general', 'expert'], 'level.'),
    F('banned_words', lines),
    F('style_guide', { t: 'area', rows: 5 }),
    F('links_per_1000_words', number),
    F('in_article_images', number),
    F('allow_style', { t: 'checkbox' }),
    F('iframe_hosts', lines),
  ];
  const submit = () =>
    s.run(async () => {
      const body = diff(v, saved, (k, x) =>
        LISTS.includes(k)
          ? String(x)
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
          : typeof x === 'string'
            ? x.trim() || null
            : x,
      );
      if (Object.keys(body).length) keep(await client.sites.updateWriterSettings(siteId, body));
    });
  return (
    <Guard a={a}>
      <Notice s={s} />
      <Form f={f} v={v} set={set} s={s} label={t('voice')} submit={submit} />
    </Guard>
  );
}

/** The WordPress connection: its status and what WordPress last reported, a connection code (once), Test, Sync. */
function WordPress({ a }: P) {
  const { client, siteId, i18n } = useWidget();
  const t = useT();
  const [i, setI] = useState<Schemas['Integration']>();
  const [code, setCode] = useState<Schemas['ConnectionCode']>();
  const load = useAsync(async () => setI(await client.integrations.get(siteId)), [siteId]);
  const s = useSave(a.no);
  if (!i) return <Wait x={load} />;
  const at = (x: string) => when(i18n.locale, x);
  const on = i.status !== 'not_connected';
  const m = i.metadata;
  const button = (key: string, work: () => Promise<unknown>, off = !on) => (
    <button type="button" class="button" disabled={s.busy || off} onClick={() => s.run(work, i18n.t('common.done'))}>
      {t(key)}
    </button>
  );
  return (
    <>
      <p>
        <span class={i.status === 'connected' ? 'pill ok' : 'pill'} data-state={i.status}>
          {i18n.t(`connection.${on ? i.status : 'notConnected'}` as MessageKey)}
        </span>
      </p>
      {i.last_error && (
        <p class="notice error" data-testid="last-error">
          {t('wp.error', { error: i.last_error })}
        </p>
      )}
      {on && (
        <dl class="ft">
          {[
            ['address', i.wordpress_url ?? '—'],
            [
              'synced',
              i.synced_at
                ? t('wp.syncedValue', {
                    date: at(i.synced_at),
                    categories: m.categories.length,
                    tags: m.tags.length,
                    authors: m.authors.length,
                  })
                : '—',
            ],
          ].map(([k, x]) => [
            <dt class="th" key={k}>
              {t(`wp.${k}`)}
            </dt>,
            <dd class="td" key={`${k}-v`}>
              {x}
            </dd>,
          ])}
        </dl>
      )}
      <Notice s={s} />
      {code && (
        <Secret v={code.code} l={t('wp.code')}>
          {t('once')} {t('wp.how', { date: at(code.expires_at) })}
        </Secret>
      )}
      <Guard a={a}>
        <p class="row">
          {button('wp.get', async () => setCode(await client.integrations.connectionCode(siteId)), false)}
          {button('wp.test', async () => setI(await client.integrations.test(siteId)))}
          {button('wp.sync', async () => setI(await client.integrations.sync(siteId)))}
        </p>
      </Guard>
    </>
  );
}

const roleOptions = (t: ReturnType<typeof useT>, roles: Role[]): [Role, string][] =>
  roles.map((r) => [r, t(`role.${r}`)]);

/**
 * A widget session is scoped to one site, so it manages only the roles that reach the sites granted them (editor,
 * viewer); owners and admins reach every site, and the API refuses to grant, change or remove them from here.
 */
const SITE_ROLES: Role[] = ['editor', 'viewer'];

/** The members with their roles; invite, change a role, remove; the pending invitations. */
function Team({ a }: P) {
  const { client, i18n } = useWidget();
  const t = useT();
  const team = useAsync(
    () =>
      Promise.all([
        client.members.list({ limit: 100 }),
        // Admin-only; a lower role sees the members alone.
        a.admin ? client.invitations.list({ limit: 100 }) : undefined,
      ]),
    [a.admin],
  );
  const s = useSave(a.no);
  const [roleOf, setRoleOf] = useState<Record<string, Role>>({});
  const [v, set] = useState<Values>({ email: '', role: 'editor' });
  if (!team.data) return <Wait x={team} />;
  const [members, invitations] = team.data;
  const roles = ROLES.slice(ROLES.indexOf(a.role ?? 'admin')).filter((r) => SITE_ROLES.includes(r));
  const then = (work: () => Promise<unknown>) => () =>
    s.run(async () => {
      await work();
      team.reload();
    }, i18n.t('common.done'));
  const pending = invitations?.data.filter((x) => x.status === 'pending') ?? [];
  return (
    <>
      <Notice s={s} />
      {Table(
        'members',
        [t('name'), t('role')],
        members.data.map((m) => {
          const who = m.name || m.email;
          const role = roleOf[m.id] ?? m.role;
          const can = a.admin && SITE_ROLES.includes(m.role);
          return (
            <tr key={m.id}>
              <td>
                <strong>{who}</strong>
                {m.name && <div class="muted">{m.email}</div>}
                {can && (
                  <Ask
                    a={a}
                    label={t('remove')}
                    name={who}
                    text={t('removeAsk', { name: who })}
                    run={then(() => client.members.remove(m.id))}
                  />
                )}
              </td>
              <td>
                {can ? (
                  <div class="row">
                    <select
                      aria-label={i18n.t('common.of', { action: t('role'), name: who })}
                      value={role}
                      onChange={(e) => setRoleOf({ ...roleOf, [m.id]: e.currentTarget.value as Role })}
                    >
                      {roleOptions(t, roles).map(([r, name]) => (
                        <option key={r} value={r}>
                          {name}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      class="button"
                      disabled={role === m.role || s.busy}
                      aria-label={i18n.t('common.of', { action: t('change'), name: who })}
                      onClick={then(() => client.members.update(m.id, { role }))}
                    >
                      {t('change')}
                    </button>
                  </div>
                ) : (
                  <>
                    {t(`role.${m.role}`)}
                    {a.admin && <div class="muted">{t('accountWide')}</div>}
                  </>
                )}
              </td>
            </tr>
          );
        }),
      )}
      <h3>{t('invite')}</h3>
      <Guard a={a}>
        <Form
          f={[
            { k: 'email', l: t('email'), t: 'email', required: true, autocomplete: 'off', maxLength: 254 },
            { k: 'role', l: t('role'), o: roleOptions(t, roles) },
          ]}
          v={v}
          set={set}
          s={s}
          label={t('invite')}
          button={t('send')}
          submit={then(async () => {
            await client.members.invite({ email: v.email.trim(), role: v.role });
            set({ ...v, email: '' });
          })}
        />
      </Guard>
      {pending.length > 0 && (
        <>
          <h3>{t('pending')}</h3>
          {Table(
            'invitations',
            [t('email'), t('role'), t('expires')],
            pending.map((x) => (
              <tr key={x.id}>
                <td>
                  {x.email}
                  {SITE_ROLES.includes(x.role) && (
                    <Ask
                      a={a}
                      label={t('revoke')}
                      name={x.email}
                      text={t('revokeInvite', { email: x.email })}
                      run={then(() => client.invitations.revoke(x.id))}
                    />
                  )}
                </td>
                <td>{t(`role.${x.role}`)}</td>
                <td>{i18n.date(x.expires_at)}</td>
              </tr>
            )),
          )}
        </>
      )}
    </>
  );
}

/** API keys (administrators): create one (its secret shown once), revoke one. A key made here reaches this site. */
function Keys({ a }: P) {
  const { client, siteId, i18n } = useWidget();
  const t = useT();
  const keys = useAsync(async () => (a.admin ? await client.apiKeys.list({ limit: 100 }) : undefined), [a.admin]);
  const s = useSave(a.no);
  const [secret, setSecret] = useState<Schemas['ApiKeyCreated']>();
  const [v, set] = useState<Values>({ name: '', role: 'editor', days: 90 });
  if (!a.admin) return null;
  if (!keys.data) return <Wait x={keys} />;
  const never = t('never');
  const create = () =>
    s.run(async () => {
      setSecret(undefined);
      const created = await client.apiKeys.create({
        name: v.name.trim(),
        role: v.role,
        site_id: siteId,
        ...(v.days ? { expires_at: new Date(Date.now() + v.days * 864e5).toISOString() } : {}),
      });
      setSecret(created);
      set({ ...v, name: '' });
      keys.reload();
    }, i18n.t('common.done'));
  return (
    <>
      <Notice s={s} />
      {secret && (
        <Secret v={secret.secret} l={secret.api_key.name}>
          {t('once')}
        </Secret>
      )}
      <Form
        f={[
          { k: 'name', l: t('name'), required: true, maxLength: 120 },
          { k: 'role', l: t('role'), o: roleOptions(t, ROLES.slice(ROLES.indexOf(a.role ?? 'admin'))) },
          {
            k: 'days',
            l: t('expires'),
            o: [...[30, 90, 365].map((days): [number, string] => [days, t('days', { days })]), [0, never]],
          },
        ]}
        v={v}
        set={set}
        s={s}
        label={t('create')}
        button={t('create')}
        submit={create}
      />
      {Table(
        'keys',
        [t('name'), t('role'), t('used'), t('expires')],
        keys.data.data.map((k) => (
          <tr key={k.id}>
            <td>
              <strong>{k.name}</strong>
              <div class="muted">{k.prefix}…</div>
              {!k.revoked_at && (
                <Ask
                  a={a}
                  label={t('revoke')}
                  name={k.name}
                  text={t('revokeKey', { name: k.name })}
                  run={() =>
                    s.run(async () => {
                      await client.apiKeys.revoke(k.id);
                      keys.reload();
                    }, i18n.t('common.done'))
                  }
                />
              )}
            </td>
            <td>{t(`role.${k.role}`)}</td>
            <td>{k.last_used_at ? i18n.date(k.last_used_at) : never}</td>
            <td>{k.revoked_at ? t('revoked') : k.expires_at ? i18n.date(k.expires_at) : never}</td>
          </tr>
        )),
      )}
    </>
  );
}

/** Notifications, newest first, all or the unread ones, each marked read on its own (any role may). */
function Notifications({ a }: P) {
  const { client, i18n } = useWidget();
  const t = useT();
  const [only, setOnly] = useState(false);
  const list = useAsync(async () => {
    const open = await client.notifications.list({ limit: 100, unread: true });
    return { open, items: (only ? open : await client.notifications.list({ limit: 100 })).data };
  }, [only]);
  const s = useSave(a.no);
  const mark = t('mark');
  const count = list.data ? `${i18n.number(list.data.open.data.length)}${list.data.open.hasNextPage() ? '+' : ''}` : '';
  return (
    <>
      <ul class="subsubsub">
        {[false, true].map((x) => (
          <li key={String(x)}>
            <button type="button" aria-current={only === x ? 'true' : undefined} onClick={() => setOnly(x)}>
              {x ? t('unread', { count }) : t('all')}
            </button>
          </li>
        ))}
      </ul>
      <Notice s={s} />
      {!list.data ? (
        <Wait x={list} />
      ) : list.data.items.length ? (
        <ul class="clusters" data-testid="notifications">
          {list.data.items.map((n) => (
            <li key={n.id}>
              {n.read_at ? n.title : <strong>{n.title}</strong>} <span class="muted">{i18n.date(n.created_at)}</span>
              <div class="muted">{n.body}</div>
              {!n.read_at && (
                <button
                  type="button"
                  class="button"
                  disabled={s.busy}
                  aria-label={i18n.t('common.of', { action: mark, name: n.title })}
                  onClick={() =>
                    s.run(async () => {
                      await client.notifications.markRead(n.id);
                      list.reload();
                    }, i18n.t('common.done'))
                  }
                >
                  {mark}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('none')}</p>
      )}
    </>
  );
}

const SECTIONS = {
  site: Site,
  sectors: Sectors,
  voice: Voice,
  wordpress: WordPress,
  team: Team,
  keys: Keys,
  notifications: Notifications,
};
type Section = keyof typeof SECTIONS;

export default function Settings() {
  const { client, brand, i18n } = useWidget();
  const t = useT();
  const [section, setSection] = useState<Section>('site');
  const [refused, setRefused] = useState(false);
  const [question, ask] = useState<Question | null>(null);
  // A role that cannot be read is not a reason to show nothing: the API refuses what the role cannot do.
  const me = useAsync(() => client.me.get().catch(() => undefined), []);
  const role = me.data?.role;
  const a: A = {
    role,
    admin: !refused && (!role || ROLES.indexOf(role) < 2),
    no: (error) => isAPIError(error) && error.code === 'INSUFFICIENT_ROLE' && setRefused(true),
    ask,
  };
  const C = SECTIONS[section];
  return (
    <div>
      <style>{FORM_CSS + DIALOG_CSS}</style>
      <nav aria-label={t('nav')}>
        <ul class="subsubsub">
          {(Object.keys(SECTIONS) as Section[])
            .filter((x) => x !== 'wordpress' || !brand.hideWordPress)
            .map((x) => (
              <li key={x}>
                <button type="button" aria-current={x === section ? 'true' : undefined} onClick={() => setSection(x)}>
                  {t(`${x}`)}
                </button>
              </li>
            ))}
        </ul>
      </nav>
      {me.loading ? (
        <Wait x={me} />
      ) : (
        <section class="card" aria-labelledby="igny8-set-h">
          <h2 id="igny8-set-h">{t(`${section}`)}</h2>
          {!a.admin && section !== 'notifications' && (
            <p class="notice warning" id="igny8-role-note">
              {t('readOnly', { role: role ? t(`role.${role}`) : i18n.t('common.unknown') })}
            </p>
          )}
          <C key={section} a={a} />
        </section>
      )}
      {question && (
        <Dialog
          title={question.text}
          confirm={question.label}
          onConfirm={() => {
            ask(null);
            question.run();
          }}
          onClose={() => ask(null)}
        >
          {null}
        </Dialog>
      )}
    </div>
  );
}
