import { useWidget } from '../context.js';
import { describeError } from '../errors.js';

/** An error as the user should read it: a translated sentence, and the request id to quote to support. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { i18n } = useWidget();
  const shown = describeError(error, i18n);
  return (
    <div class="notice error" role="alert" data-code={shown.code}>
      <p>{shown.message}</p>
      {shown.requestId && <p class="muted">{i18n.t('error.requestId', { id: shown.requestId })}</p>}
      {onRetry && (
        <p>
          <button type="button" class="button" onClick={onRetry}>
            {i18n.t('common.retry')}
          </button>
        </p>
      )}
    </div>
  );
}
