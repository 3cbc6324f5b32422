// The Settings view: the site's automation settings as the API has them (GET/PATCH …/automation/config), a form that
// sends what changed, checks each value against the API's limits first and shows the API's own refusals per field.
import type { Schemas } from '@igny8/sdk';
import { isAPIError } from '@igny8/sdk';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { STAGES, type Stage } from './live.js';
import { stageName } from './run.js';

type Config = Schemas['AutomationConfig'];
type Patch = Schemas['UpdateAutomationConfigRequest'];

/** What the form edits: numbers as typed (checked on save). */
interface Form {
  enabled_stages: Stage[];
  batch: Record<Stage, string>;
  ideas_per_cluster: string;
  in_article_images: string;
  min_keywords: string;
  approve: boolean;
  min_seo_score: string;
  no_failed_checks: boolean;
  frequency: '' | 'daily' | 'weekly' | 'monthly';
  time: string;
  weekday: string;
  day_of_month: string;
  cadence: boolean;
  posts_per_day: string;
  window_start: string;
  window_end: string;
}

// The API's limits (AutomationBatchSizes, AutomationConfig, PublishingCadence).
const BATCH_MAX: Record<Stage, number> = {
  cluster: 1,
  ideas: 50,
  tasks: 500,
  content: 20,
  image_prompts: 50,
  images: 50,
  review: 500,
};
const RANGES = {
  ideas_per_cluster: [1, 10],
  in_article_images: [0, 10],
  min_keywords: [1, 1000],
  min_seo_score: [0, 100],
  posts_per_day: [1, 48],
} as const;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const CSS = `
.au-form fieldset{border:1px solid var(--igny8-border);border-radius:var(--igny8-radius);margin:0 0 calc(var(--igny8-spacing)*2);padding:var(--igny8-spacing) calc(var(--igny8-spacing)*2);min-width:0}
.au-form legend{font-weight:600;padding-inline:4px}
.au-form .row{align-items:start}
.au-form input[type=number],.au-form input[type=time]{background:var(--igny8-surface);border:1px solid var(--igny8-border);border-radius:var(--igny8-radius);padding:4px var(--igny8-spacing);min-height:30px;width:8em;max-width:100%}
.au-form [aria-invalid=true]{border-color:var(--igny8-danger)}
.au-form input[readonly]{background:var(--igny8-background)}
.au-sub{margin-block-start:var(--igny8-spacing);padding-inline-start:24px}
.au-field{display:flex;flex-direction:column;gap:2px}
.au-field .au-bad{max-width:16em}
.au-check{flex-direction:row;align-items:center;gap:6px;font-weight:400}
`;

const toForm = (c: Config): Form => ({
  enabled_stages: c.enabled_stages,
  batch: Object.fromEntries(STAGES.map((s) => [s, String(c.batch_sizes[s])])) as Record<Stage, string>,
  ideas_per_cluster: String(c.ideas_per_cluster),
  in_article_images: String(c.in_article_images),
  min_keywords: String(c.min_keywords),
  approve: c.auto_approve.enabled,
  min_seo_score: String(c.auto_approve.min_seo_score),
  no_failed_checks: c.auto_approve.no_failed_checks,
  frequency: c.schedule?.frequency ?? '',
  time: c.schedule?.time ?? '09:00',
  weekday: String(c.schedule?.weekday ?? 1),
  day_of_month: String(c.schedule?.day_of_month ?? 1),
  cadence: c.publishing_cadence !== null,
  posts_per_day: String(c.publishing_cadence?.posts_per_day ?? 2),
  window_start: c.publishing_cadence?.window_start ?? '09:00',
  window_end: c.publishing_cadence?.window_end ?? '17:00',
});

type Errors = Record<string, string>;

/** The request the form stands for (every field; only the changed ones are sent), or the fields that are wrong. */
function toRequest(
  f: Form,
  base: Config,
  t: (key: MessageKey, p?: Record<string, number>) => string,
): Required<Patch> | Errors {
  const errors: Errors = {};
  const int = (field: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      errors[field] = t('automation.invalid.range', { min, max });
    }
    return n;
  };
  const time = (field: string, value: string) => {
    if (!TIME.test(value)) errors[field] = t('automation.invalid.time');
    return value;
  };
  const range = (field: keyof typeof RANGES) => int(field, f[field], RANGES[field][0], RANGES[field][1]);
  const out: Required<Patch> = {
    enabled_stages: STAGES.filter((s) => f.enabled_stages.includes(s)),
    batch_sizes: Object.fromEntries(STAGES.map((s) => [s, int(`batch_sizes.${s}`, f.batch[s], 1, BATCH_MAX[s])])),
    ideas_per_cluster: range('ideas_per_cluster'),
    in_article_images: range('in_article_images'),
    min_keywords: range('min_keywords'),
    auto_approve: {
      enabled: f.approve,
      // Hidden while the rule is off: kept as it is.
      min_seo_score: f.approve ? range('min_seo_score') : base.auto_approve.min_seo_score,
      no_failed_checks: f.no_failed_checks,
    },
    schedule: f.frequency
      ? {
          frequency: f.frequency,
          time: time('schedule.time', f.time),
          ...(f.frequency === 'weekly' ? { weekday: Number(f.weekday) } : {}),
          ...(f.frequency === 'monthly'
            ? { day_of_month: f.day_of_month === 'last' ? ('last' as const) : Number(f.day_of_month) }
            : {}),
        }
      : null,
    publishing_cadence: f.cadence
      ? {
          posts_per_day: range('posts_per_day'),
          window_start: time('publishing_cadence.window_start', f.window_start),
          window_end: time('publishing_cadence.window_end', f.window_end),
        }
      : null,
  };
  return Object.keys(errors).length ? errors : out;
}

// The API's paths for the fields the form shows under another name.
const FIELD_OF: Record<string, string> = {
  'auto_approve.min_seo_score': 'min_seo_score',
  'publishing_cadence.posts_per_day': 'posts_per_day',
};

export default function SettingsView() {
  const { client, siteId, i18n } = useWidget();
  const loaded = useAsync(() => client.automation.config(siteId), [siteId]);
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  return <SettingsForm config={loaded.data} />;
}

function SettingsForm({ config }: { config: Config }) {
  const { client, siteId, i18n } = useWidget();
  const [saved, setSaved] = useState(config);
  const [form, setForm] = useState(() => toForm(config));
  const [errors, setErrors] = useState<Errors>({});
  const [state, setState] = useState<{ busy?: boolean; done?: boolean; failure?: unknown }>({});
  const t = i18n.t;
  const set = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setState({});
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLFormElement).getRootNode() as ShadowRoot;
    // The first field in error takes the focus once it is drawn as such.
    const refuse = (found: Errors) => {
      setErrors(found);
      setTimeout(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    };
    const request = toRequest(form, saved, t);
    if (!('enabled_stages' in request)) return refuse(request);
    const current = toRequest(toForm(saved), saved, t) as Required<Patch>;
    // Only the settings that changed: the API changes the fields sent.
    const patch = Object.fromEntries(
      Object.entries(request).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(current[k as keyof Patch])),
    ) as Patch;
    setErrors({});
    if (!Object.keys(patch).length) return setState({ done: true });
    setState({ busy: true });
    try {
      const next = await client.automation.updateConfig(siteId, patch);
      setSaved(next);
      setForm(toForm(next));
      setState({ done: true });
    } catch (failure) {
      const issues = isAPIError(failure) ? (failure.details?.issues as { path: string[]; message: string }[]) : [];
      const found: Errors = {};
      for (const issue of issues ?? []) {
        const path = issue.path.join('.');
        found[FIELD_OF[path] ?? path] = issue.message;
      }
      refuse(found);
      setState({ failure });
    }
  };

  /** A labelled input with its error, if any, said with it. */
  const field = (name: string, label: string, input: (a: Record<string, unknown>) => ComponentChildren) => (
    <div class="au-field" key={name}>
      <label for={`au-f-${name}`}>{label}</label>
      {input({
        id: `au-f-${name}`,
        name,
        'aria-invalid': errors[name] ? 'true' : undefined,
        'aria-describedby': errors[name] ? `au-e-${name}` : undefined,
      })}
      {errors[name] && (
        <span class="au-bad" id={`au-e-${name}`}>
          {errors[name]}
        </span>
      )}
    </div>
  );
  const number = (name: keyof typeof RANGES, label: MessageKey) =>
    field(name, t(label), (a) => (
      <input
        type="number"
        inputMode="numeric"
        min={RANGES[name][0]}
        max={RANGES[name][1]}
        value={form[name]}
        onInput={(e) => set({ [name]: e.currentTarget.value })}
        {...a}
      />
    ));
  const time = (name: 'time' | 'window_start' | 'window_end', path: string, label: MessageKey) =>
    field(path, t(label), (a) => (
      <input type="time" value={form[name]} onInput={(e) => set({ [name]: e.currentTarget.value })} {...a} />
    ));
  const check = (checked: boolean, onChange: (on: boolean) => void, label: string) => (
    <label class="au-check" key={label}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
  const weekday = new Intl.DateTimeFormat(i18n.locale, { weekday: 'long', timeZone: 'UTC' });

  return (
    <form class="card au-form" aria-labelledby="au-settings" onSubmit={save} noValidate>
      <style>{CSS}</style>
      <h2 id="au-settings">{t('automation.settings')}</h2>
      <p class="muted">{t('automation.settingsIntro')}</p>
      <fieldset>
        <legend>{t('automation.stagesLegend')}</legend>
        <div class="row">
          {STAGES.map((s) =>
            check(
              form.enabled_stages.includes(s),
              (on) =>
                set({ enabled_stages: on ? [...form.enabled_stages, s] : form.enabled_stages.filter((x) => x !== s) }),
              stageName(t, s),
            ),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('automation.batchLegend')}</legend>
        <div class="row">
          {STAGES.map((s) =>
            field(`batch_sizes.${s}`, stageName(t, s), (a) => (
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={BATCH_MAX[s]}
                readOnly={s === 'cluster'}
                value={form.batch[s]}
                onInput={(e) => set({ batch: { ...form.batch, [s]: e.currentTarget.value } })}
                {...a}
              />
            )),
          )}
        </div>
        <p class="muted">{t('automation.batchHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('automation.amountsLegend')}</legend>
        <div class="row">
          {number('ideas_per_cluster', 'automation.ideasPerCluster')}
          {number('in_article_images', 'automation.inArticleImages')}
          {number('min_keywords', 'automation.minKeywords')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('automation.approveLegend')}</legend>
        {check(form.approve, (approve) => set({ approve }), t('automation.autoApprove'))}
        {form.approve && (
          <div class="stack au-sub">
            {check(form.no_failed_checks, (no_failed_checks) => set({ no_failed_checks }), t('automation.noFailed'))}
            {number('min_seo_score', 'automation.minSeo')}
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('automation.scheduleLegend')}</legend>
        <div class="row">
          <label>
            {t('automation.frequency')}
            <select
              value={form.frequency}
              onChange={(e) => set({ frequency: e.currentTarget.value as Form['frequency'] })}
            >
              {(['', 'daily', 'weekly', 'monthly'] as const).map((f) => (
                <option key={f} value={f}>
                  {t(`automation.freq.${f || 'off'}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {form.frequency === 'weekly' && (
            <label>
              {t('automation.weekday')}
              <select value={form.weekday} onChange={(e) => set({ weekday: e.currentTarget.value })}>
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={d}>
                    {/* 2024-01-01 was a Monday (ISO day 1). */}
                    {weekday.format(Date.UTC(2024, 0, d))}
                  </option>
                ))}
              </select>
            </label>
          )}
          {form.frequency === 'monthly' && (
            <label>
              {t('automation.dayOfMonth')}
              <select value={form.day_of_month} onChange={(e) => set({ day_of_month: e.currentTarget.value })}>
                {Array.from({ length: 31 }, (_, i) => (
                  <option key={i} value={i + 1}>
                    {i18n.number(i + 1)}
                  </option>
                ))}
                <option value="last">{t('automation.lastDay')}</option>
              </select>
            </label>
          )}
          {form.frequency && time('time', 'schedule.time', 'automation.time')}
        </div>
        {form.frequency && <p class="muted">{t('automation.tzHint')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('automation.cadenceLegend')}</legend>
        {check(form.cadence, (cadence) => set({ cadence }), t('automation.cadence'))}
        {form.cadence && (
          <div class="row au-sub">
            {number('posts_per_day', 'automation.postsPerDay')}
            {time('window_start', 'publishing_cadence.window_start', 'automation.windowStart')}
            {time('window_end', 'publishing_cadence.window_end', 'automation.windowEnd')}
          </div>
        )}
      </fieldset>
      <div aria-live="polite">
        {Object.keys(errors).length > 0 && state.failure === undefined && (
          <p class="notice error">{t('error.VALIDATION_FAILED')}</p>
        )}
        {state.failure !== undefined && <ErrorNotice error={state.failure} />}
        {state.done && (
          <p class="notice success" data-testid="saved">
            {t('automation.saved')}
          </p>
        )}
      </div>
      <button type="submit" class="button primary" disabled={state.busy}>
        {t('common.save')}
      </button>
    </form>
  );
}
