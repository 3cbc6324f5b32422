// Brand voice and language: how the writer writes for the site (`…/writer-settings`, every field of its schema).
// Only what changed is sent; an emptied text field is sent as null (back to the default).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { Card, Form, fieldErrors, Guarded, Outcome, Row, useSave } from './ui.js';

type Settings = Schemas['WriterSettings'];
type Update = Schemas['WriterSettingsUpdate'];

const LANGUAGES =
  'ar bg cs da de el en es et fi fr he hi hr hu id it ja ko lt lv nb nl pl pt ro ru sk sl sr sv th tr uk vi zh'.split(
    ' ',
  );
const VIEWS = ['first_person_singular', 'first_person_plural', 'second_person', 'third_person'] as const;
const LEVELS = ['simple', 'general', 'expert'] as const;
const TEXTS = ['language', 'tone', 'audience', 'style_guide'] as const;
const LISTS = ['banned_words', 'iframe_hosts'] as const;
const NUMBERS = ['links_per_1000_words', 'in_article_images'] as const;

type Fields = Record<(typeof TEXTS)[number] | (typeof LISTS)[number] | (typeof NUMBERS)[number], string> & {
  point_of_view: Settings['point_of_view'];
  reading_level: Settings['reading_level'];
  allow_style: boolean;
};

const fieldsOf = (s: Settings): Fields => ({
  language: s.language ?? '',
  tone: s.tone ?? '',
  audience: s.audience ?? '',
  style_guide: s.style_guide ?? '',
  banned_words: s.banned_words.join('\n'),
  iframe_hosts: s.iframe_hosts.join('\n'),
  links_per_1000_words: String(s.links_per_1000_words),
  in_article_images: String(s.in_article_images),
  point_of_view: s.point_of_view,
  reading_level: s.reading_level,
  allow_style: s.allow_style,
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The fields that differ from what the API holds, in the update's types. */
function changes(form: Fields, saved: Fields): Update {
  const body: Record<string, unknown> = {};
  for (const k of TEXTS) if (form[k].trim() !== saved[k]) body[k] = form[k].trim() || null;
  for (const k of LISTS) if (lines(form[k]).join('\n') !== saved[k]) body[k] = lines(form[k]);
  for (const k of NUMBERS) if (form[k] !== saved[k]) body[k] = form[k].trim() === '' ? null : Number(form[k]);
  for (const k of ['point_of_view', 'reading_level', 'allow_style'] as const)
    if (form[k] !== saved[k]) body[k] = form[k];
  return body as Update;
}

export default function VoiceSection() {
  const { client, siteId, i18n } = useWidget();
  const { t } = i18n;
  const [saved, setSaved] = useState<Fields | null>(null);
  const [form, setForm] = useState<Fields | null>(null);
  const keep = (s: Settings) => {
    setSaved(fieldsOf(s));
    setForm(fieldsOf(s));
  };
  const load = useAsync(async () => keep(await client.sites.writerSettings(siteId)), [siteId]);
  const save = useSave();
  if (load.error) return <ErrorNotice error={load.error} onRetry={load.reload} />;
  if (!form || !saved) return <p aria-busy="true">{t('common.loading')}</p>;
  const errors = fieldErrors(save.error, t);
  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = () => {
    const body = changes(form, saved);
    return save.run(
      async () => Object.keys(body).length && keep(await client.sites.updateWriterSettings(siteId, body)),
      t('common.saved'),
    );
  };
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([i18n.locale], { type: 'language' });
  } catch {}
  const languages = form.language && !LANGUAGES.includes(form.language) ? [form.language, ...LANGUAGES] : LANGUAGES;
  const text = (k: 'tone' | 'audience' | 'style_guide', max: number, rows = 0) => (
    <Row
      id={`igny8-ws-${k}`}
      label={t(`settings.ws.${k}` as MessageKey)}
      help={t(`settings.ws.${k}Help` as MessageKey)}
      error={errors[k]}
    >
      {(p) =>
        rows ? (
          <textarea {...p} rows={rows} maxLength={max} value={form[k]} onInput={set(k)} />
        ) : (
          <input type="text" {...p} maxLength={max} value={form[k]} onInput={set(k)} />
        )
      }
    </Row>
  );
  const list = (k: (typeof LISTS)[number]) => (
    <Row
      id={`igny8-ws-${k}`}
      label={t(`settings.ws.${k}` as MessageKey)}
      help={t(`settings.ws.${k}Help` as MessageKey)}
      error={errors[k]}
    >
      {(p) => <textarea {...p} rows={3} value={form[k]} onInput={set(k)} />}
    </Row>
  );
  const number = (k: (typeof NUMBERS)[number]) => (
    <Row
      id={`igny8-ws-${k}`}
      label={t(`settings.ws.${k}` as MessageKey)}
      help={t(`settings.ws.${k}Help` as MessageKey)}
      error={errors[k]}
    >
      {(p) => <input type="number" {...p} min={0} max={10} step={1} value={form[k]} onInput={set(k)} />}
    </Row>
  );
  return (
    <Card title={t('settings.nav.voice')}>
      <p class="description">{t('settings.ws.intro')}</p>
      <Outcome save={save} />
      <Form save={save} onSubmit={submit} label={t('settings.nav.voice')}>
        <Guarded>
          <div class="ft">
            <Row id="igny8-ws-language" label={t('settings.ws.language')} error={errors.language}>
              {(p) => (
                <select {...p} value={form.language} onChange={set('language')}>
                  <option value="">{t('settings.ws.languageAuto')}</option>
                  {languages.map((code) => (
                    <option key={code} value={code}>
                      {names?.of(code) ?? code}
                    </option>
                  ))}
                </select>
              )}
            </Row>
            {text('tone', 200)}
            {text('audience', 500, 2)}
            <Row id="igny8-ws-pov" label={t('settings.ws.point_of_view')} error={errors.point_of_view}>
              {(p) => (
                <select {...p} value={form.point_of_view} onChange={set('point_of_view')}>
                  {VIEWS.map((v) => (
                    <option key={v} value={v}>
                      {t(`settings.pov.${v}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Row>
            <Row id="igny8-ws-level" label={t('settings.ws.reading_level')} error={errors.reading_level}>
              {(p) => (
                <select {...p} value={form.reading_level} onChange={set('reading_level')}>
                  {LEVELS.map((v) => (
                    <option key={v} value={v}>
                      {t(`settings.level.${v}` as MessageKey)}
                    </option>
                  ))}
                </select>
              )}
            </Row>
            {list('banned_words')}
            {text('style_guide', 5000, 5)}
          </div>
          <h3>{t('settings.ws.rules')}</h3>
          <div class="ft">
            {number('links_per_1000_words')}
            {number('in_article_images')}
            <Row id="igny8-ws-style" group label={t('settings.ws.markup')} error={errors.allow_style}>
              {(p) => (
                <label>
                  <input
                    type="checkbox"
                    {...p}
                    checked={form.allow_style}
                    onChange={(e) => setForm({ ...form, allow_style: e.currentTarget.checked })}
                  />
                  {t('settings.ws.allow_style')}
                </label>
              )}
            </Row>
            {list('iframe_hosts')}
          </div>
          <button type="submit" class="button primary" disabled={save.busy}>
            {t('common.save')}
          </button>
        </Guarded>
      </Form>
    </Card>
  );
}
