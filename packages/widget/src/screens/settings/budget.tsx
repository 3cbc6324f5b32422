// The site's monthly budget: a cap on the credits it may use each month (or none), and what it used this month.
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { useWidget } from '../../context.js';
import { useAsync } from '../../use-async.js';
import { Card, Form, fieldErrors, Guarded, Outcome, Row, useSave } from './ui.js';

export default function BudgetSection() {
  const { client, siteId, i18n } = useWidget();
  const { t } = i18n;
  const [budget, setBudget] = useState<Schemas['SiteBudget'] | null>(null);
  const [cap, setCap] = useState('');
  const keep = (b: Schemas['SiteBudget']) => {
    setBudget(b);
    setCap(b.monthly_credit_cap === null ? '' : String(b.monthly_credit_cap));
  };
  const load = useAsync(async () => keep(await client.sites.budget(siteId)), [siteId]);
  const save = useSave();
  if (load.error) return <ErrorNotice error={load.error} onRetry={load.reload} />;
  if (!budget) return <p aria-busy="true">{t('common.loading')}</p>;
  const limit = budget.monthly_credit_cap;
  const used = t('settings.budget.usedValue', { used: budget.used_this_month });
  const submit = () =>
    save.run(async () => {
      const value = cap.trim();
      keep(await client.sites.setBudget(siteId, { monthly_credit_cap: value === '' ? null : Number(value) }));
    }, t('common.saved'));
  return (
    <Card title={t('settings.nav.budget')}>
      <p class="description">{t('settings.budget.intro')}</p>
      <p data-testid="budget-used">
        {limit === null ? used : t('settings.budget.usedOf', { used: budget.used_this_month, cap: limit })}
      </p>
      {limit !== null && limit > 0 && (
        <ProgressBar done={Math.min(budget.used_this_month, limit)} total={limit} label={t('settings.budget.used')} />
      )}
      <Outcome save={save} />
      <Form save={save} onSubmit={submit} label={t('settings.nav.budget')}>
        <Guarded>
          <div class="ft">
            <Row
              id="igny8-budget-cap"
              label={t('settings.budget.cap')}
              help={t('settings.budget.capHelp')}
              error={fieldErrors(save.error, t).monthly_credit_cap}
            >
              {(p) => (
                <input
                  type="number"
                  {...p}
                  min={0}
                  max={100_000_000}
                  step={1}
                  value={cap}
                  onInput={(e) => setCap(e.currentTarget.value)}
                />
              )}
            </Row>
          </div>
          <button type="submit" class="button primary" disabled={save.busy}>
            {t('common.save')}
          </button>
        </Guarded>
      </Form>
    </Card>
  );
}
