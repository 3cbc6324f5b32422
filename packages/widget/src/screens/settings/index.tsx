// Placeholder until the screen lands: says so rather than showing nothing.
import { useWidget } from '../../context.js';

export default function Screen() {
  const { i18n } = useWidget();
  return <p class="muted">{i18n.t('common.comingSoon')}</p>;
}
