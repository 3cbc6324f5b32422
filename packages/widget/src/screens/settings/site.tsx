// The site: its name, address and description (`PATCH /v1/sites/{site_id}` with what changed).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Card, Form, fieldErrors, Guarded, Outcome, Row, useSave } from './ui.js';

type Fields = { name: string; url: string; description: string };
const fieldsOf = (s: Schemas['Site']): Fields => ({ name: s.name, url: s.url ?? '', description: s.description });

export default function SiteSection() {
  const { client, siteId, i18n } = useWidget();
  const [saved, setSaved] = useState<Fields | null>(null);
  const [form, setForm] = useState<Fields | null>(null);
  const load = useAsync(async () => {
    const f = fieldsOf(await client.sites.get(siteId));
    setSaved(f);
    setForm(f);
  }, [siteId]);
  const save = useSave();
  if (load.error) return <ErrorNotice error={load.error} onRetry={load.reload} />;
  if (!form || !saved) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const errors = fieldErrors(save.error, i18n.t);
  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [k]: e.currentTarget.value });
  const submit = () => {
    const body: Schemas['UpdateSiteRequest'] = {};
    if (form.name !== saved.name) body.name = form.name.trim();
    if (form.url !== saved.url) body.url = form.url.trim() || null;
    if (form.description !== saved.description) body.description = form.description;
    if (!Object.keys(body).length) return save.run(async () => {}, i18n.t('common.saved'));
    return save.run(async () => {
      const f = fieldsOf(await client.sites.update(siteId, body));
      setSaved(f);
      setForm(f);
    }, i18n.t('common.saved'));
  };
  return (
    <Card title={i18n.t('settings.nav.site')}>
      <Outcome save={save} />
      <Form save={save} onSubmit={submit} label={i18n.t('settings.nav.site')}>
        <Guarded>
          <div class="ft">
            <Row id="igny8-site-name" label={i18n.t('settings.site.name')} error={errors.name}>
              {(p) => <input type="text" {...p} required maxLength={120} value={form.name} onInput={set('name')} />}
            </Row>
            <Row
              id="igny8-site-url"
              label={i18n.t('settings.site.url')}
              help={i18n.t('settings.site.urlHelp')}
              error={errors.url}
            >
              {(p) => <input type="url" {...p} maxLength={2048} value={form.url} onInput={set('url')} />}
            </Row>
            <Row id="igny8-site-description" label={i18n.t('settings.site.description')} error={errors.description}>
              {(p) => (
                <textarea {...p} rows={4} maxLength={2000} value={form.description} onInput={set('description')} />
              )}
            </Row>
          </div>
          <button type="submit" class="button primary" disabled={save.busy}>
            {i18n.t('common.save')}
          </button>
        </Guarded>
      </Form>
    </Card>
  );
}
