// Taking a post down: the plugin trashes it or turns it back into a draft, called at once with no transaction open
// (what is needed is read in one short tenant transaction, what WordPress answered written in another). A publication
// that was only waiting for its date is simply cancelled; nothing was sent.
import { AppError } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { IntegrationRow } from '../integrations/integration-row.js';
import { type PluginDeps, targetOf } from '../integrations/wordpress.js';
import { callPlugin, PluginAnswerError } from '../integrations/wordpress-rest.js';
import type { TenantTransactions } from '../ports.js';
import { findPublication, mirrorOnContent, presentPublication, updatePublication } from './publications.js';

export async function retractPublication(
  tenant: TenantTransactions,
  deps: PluginDeps,
  actor: Actor,
  siteId: string,
  id: string,
  request: { mode: 'trash' | 'draft' },
) {
  const waiting = await tenant(async (trx) => {
    const publication = await findPublication(trx, actor, siteId, id, { lock: true });
    if (publication.status === 'pending' && !publication.operation_id && !publication.post_id) {
      // Waiting for its date, never sent: cancelled here, nothing to ask WordPress.
      const row = await updatePublication(trx, publication.id, {
        status: 'retracted',
        retracted_at: trx.fn.now(),
        scheduled_at: null,
      });
      await mirrorOnContent(trx, row.content_id, { status: null });
      return { done: presentPublication(row) };
    }
    if (!publication.post_id) {
      throw new AppError('PUBLICATION_STATE', 'Nothing of this publication is in WordPress yet.', {
        status: publication.status,
      });
    }
    const integration = (await trx('integrations').where({ site_id: siteId }).first()) as IntegrationRow | undefined;
    if (!integration) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection yet.');
    return { publication, integration };
  });
  if ('done' in waiting) return waiting.done;
  const { publication, integration } = waiting;
  let wordpressStatus: string;
  let url: string | null = publication.url;
  try {
    const { answer } = await callPlugin(
      targetOf(deps, integration),
      { outbound: deps.outbound, now: deps.now },
      'POST',
      `posts/${publication.content_id}/retract`,
      { mode: request.mode },
    );
    wordpressStatus = typeof answer.status === 'string' ? answer.status.slice(0, 20) : request.mode;
    if (typeof answer.url === 'string') url = answer.url.slice(0, 2000);
  } catch (err) {
    // Deleted in WordPress already: there is nothing left to take down.
    if (!(err instanceof PluginAnswerError) || err.pluginCode !== 'igny8_post_not_found') throw err;
    wordpressStatus = 'deleted';
  }
  return tenant(async (trx) => {
    const row = await updatePublication(trx, publication.id, {
      status: 'retracted',
      wordpress_status: wordpressStatus,
      url,
      retracted_at: trx.fn.now(),
      scheduled_at: null,
    });
    await mirrorOnContent(trx, row.content_id, { status: wordpressStatus });
    return presentPublication(row);
  });
}
