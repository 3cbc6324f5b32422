// The site's industry and sectors: the sectors are chosen from the industry's (`PUT …/sectors`, 1 to the plan's
// `max_sectors_per_site`); the industry can change only while the site has none.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Card, Form, Guarded, Outcome, Row, useSave } from './ui.js';

// The API takes at most five whatever the plan.
const API_MAX = 5;

export default function SectorsSection() {
  const { client, siteId, i18n, navigate, canShow, brand } = useWidget();
  const [industryId, setIndustryId] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const base = useAsync(async () => {
    const [site, sectors, account] = await Promise.all([
      client.sites.get(siteId),
      client.sites.listSectors(siteId),
      client.account.get(),
    ]);
    setIndustryId(site.industry_id);
    setChosen(sectors.map((s) => s.id));
    // Only a site without sectors may move to another industry: the list is needed then only.
    const industries = sectors.length ? [] : (await client.industries.list({ limit: 100 })).data;
    return { site, sectors, plan: account.plan, industries };
  }, [siteId]);
  const industry = useAsync(
    () => (industryId ? client.industries.get(industryId) : Promise.resolve(undefined)),
    [industryId],
  );
  const save = useSave();
  if (base.error) return <ErrorNotice error={base.error} onRetry={base.reload} />;
  if (!base.data) return <p aria-busy="true">{i18n.t('common.loading')}</p>;
  const { site, plan, industries } = base.data;
  const max = Math.min(plan.max_sectors_per_site, API_MAX);
  const locked = base.data.sectors.length > 0;
  const full = chosen.length >= max;
  const toggle = (id: string, on: boolean) => setChosen(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  const submit = () =>
    save.run(async () => {
      if (industryId !== site.industry_id) await client.sites.update(siteId, { industry_id: industryId });
      await client.sites.selectSectors(siteId, { sector_ids: chosen });
      base.reload();
    }, i18n.t('common.saved'));
  const upgrade = brand.upgradeUrl ? (
    <a href={brand.upgradeUrl} target="_blank" rel="noopener noreferrer">
      {i18n.t('settings.upgrade')}
    </a>
  ) : (
    canShow('billing') && (
      <button type="button" class="linkish" onClick={() => navigate('billing')}>
        {i18n.t('settings.upgrade')}
      </button>
    )
  );
  const limitText =
    max > 0
      ? i18n.t('settings.sectors.limit', { max, count: chosen.length, name: brand.planName || plan.name })
      : i18n.t('settings.sectors.none');
  return (
    <Card title={i18n.t('settings.nav.sectors')}>
      <Outcome save={save} />
      <Form save={save} onSubmit={submit} label={i18n.t('settings.nav.sectors')}>
        <Guarded>
          <div class="ft">
            <Row
              id="igny8-industry"
              group={locked}
              label={i18n.t('settings.sectors.industry')}
              help={locked ? i18n.t('settings.sectors.industryLocked') : undefined}
            >
              {(p) =>
                locked ? (
                  <p class="td-text" data-testid="industry">
                    {industry.data?.name ?? '…'}
                  </p>
                ) : (
                  <select
                    {...p}
                    value={industryId}
                    onChange={(e) => {
                      setIndustryId(e.currentTarget.value);
                      setChosen([]);
                    }}
                  >
                    {industries.map((i) => (
                      <option key={i.id} value={i.id}>
                        {i.name}
                      </option>
                    ))}
                  </select>
                )
              }
            </Row>
            <Row id="igny8-sectors" group label={i18n.t('settings.sectors.sectors')} help={limitText}>
              {(p) => (
                <fieldset aria-labelledby="igny8-sectors-label" aria-describedby={p['aria-describedby']}>
                  {industry.error ? <ErrorNotice error={industry.error} onRetry={industry.reload} /> : null}
                  {(industry.data?.sectors ?? []).map((s: Schemas['Sector']) => {
                    const on = chosen.includes(s.id);
                    return (
                      <label key={s.id}>
                        <input
                          type="checkbox"
                          checked={on}
                          disabled={!on && full}
                          onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                        />
                        {s.name}
                      </label>
                    );
                  })}
                  <p class="description" aria-live="polite">
                    {full && max > 0 ? i18n.t('settings.sectors.full', { max }) : ''}
                  </p>
                  {full && upgrade}
                </fieldset>
              )}
            </Row>
          </div>
          <button type="submit" class="button primary" disabled={save.busy || chosen.length === 0}>
            {i18n.t('common.save')}
          </button>
          {chosen.length === 0 && <p class="description">{i18n.t('settings.sectors.pick')}</p>}
        </Guarded>
      </Form>
    </Card>
  );
}
