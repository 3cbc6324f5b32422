import { useWidget } from '../context.js';

export type ConnectionState = 'connected' | 'not_connected' | 'error' | 'unknown';

/** The WordPress connection of the site, from `GET /v1/sites/{site_id}/integration` ("unknown" when it cannot be read). */
export function ConnectionStatus({ state = 'unknown' }: { state?: ConnectionState }) {
  const { i18n } = useWidget();
  const text = {
    connected: i18n.t('connection.connected'),
    not_connected: i18n.t('connection.notConnected'),
    error: i18n.t('connection.error'),
    unknown: i18n.t('connection.unknown'),
  }[state];
  return (
    <span class={state === 'connected' ? 'pill ok' : 'pill'} data-state={state}>
      {text}
    </span>
  );
}
