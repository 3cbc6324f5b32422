// The send of a publication: one step that reads the content in a short transaction, calls the site's plugin
// (`POST igny8/v1/posts`, signed, no transaction open) and commits what WordPress answered with the checkpoint. A
// site away or busy is retried by the queue with back-off; a refusal that will not change (the post edited in
// WordPress, the plugin refusing the input or our signature) fails at once; the last failed attempt leaves the
// publication `failed` with the reason, on the list that can be sent again.
import type { Knex } from 'knex';
import { AppError } from '../../errors.js';
import { captureRun, releaseRun } from '../billing/charged-runs.js';
import { estimate } from '../billing/costs.js';
import type { IntegrationRow } from '../integrations/integration-row.js';
import { type PluginDeps, targetOf } from '../integrations/wordpress.js';
import { callPlugin, PluginAnswerError } from '../integrations/wordpress-rest.js';
import { stepJob } from '../operations/steps.js';
import type { Clock } from '../ports.js';
import { isSiteActive } from '../tenancy/sites.js';
import { emitPublicationEvent } from '../webhooks/emit-sites.js';
import type { ImageFiles, ImageRow } from '../writer/images.js';
import { signedUrl } from '../writer/images.js';
import { type PayloadImage, postPayload } from './payload.js';
import {
  failPublication,
  lockContentOf,
  mirrorOnContent,
  type PublicationRow,
  updatePublication,
} from './publications.js';

export interface SendDeps {
  files: ImageFiles;
  now: Clock;
  plugin: PluginDeps;
  /** Attempts after the first, and the first retry's delay in seconds (doubled each time, up to an hour). */
  retries: number;
  retryDelaySeconds: number;
}

interface SendState {
  postId?: number;
  url?: string | null;
  wordpressStatus?: string;
  warnings?: Warning[];
  credits?: number;
}

interface Warning {
  code: string;
  message: string;
  image_id: string | null;
  url: string | null;
}

/** How long WordPress may take to answer one post: it fetches the images while we wait. */
const POST_TIMEOUT_MS = 120_000;

const str = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : null);

/** The plugin's warnings, read as untrusted input: only the fields we know, bounded. */
function warningsOf(value: unknown): Warning[] {
  return (Array.isArray(value) ? value.slice(0, 50) : []).map((w) => {
    const o = (typeof w === 'object' && w ? w : {}) as Record<string, unknown>;
    const id = str(o.image_id, 36);
    return {
      code: str(o.code, 40) ?? 'warning',
      message: str(o.message, 500) ?? '',
      image_id: id && /^[0-9a-f-]{36}$/i.test(id) ? id : null,
      url: str(o.url, 2000),
    };
  });
}

/** The synced author whose name is the publisher's, else the first synced one; null lets the plugin choose. */
function authorOf(integration: IntegrationRow, name: string | null): number | null {
  const authors = ((integration.metadata?.authors ?? []) as { id?: unknown; name?: unknown }[]).filter((a) =>
    Number.isInteger(a.id),
  );
  const match = name ? authors.find((a) => String(a.name ?? '').toLowerCase() === name.toLowerCase()) : undefined;
  return Number((match ?? authors[0])?.id ?? Number.NaN) || null;
}

/** What a refusal of the plugin means for the send. */
function refusal(err: PluginAnswerError): AppError {
  if (err.pluginCode === 'igny8_edited_in_wordpress') {
    return new AppError(
      'PUBLICATION_EDITED_IN_WORDPRESS',
      'The post was edited in WordPress since Igny8 last wrote it; publish with `force` to overwrite those edits.',
    );
  }
  // Busy with another send of this content, rate limited, or failing on its side: another attempt may pass.
  if (err.httpStatus >= 500 || err.httpStatus === 408 || err.httpStatus === 429 || err.pluginCode === 'igny8_busy') {
    return err;
  }
  const said = err.pluginMessage ? `: ${err.pluginMessage}` : '';
  return new AppError(
    'WORDPRESS_REFUSED',
    err.httpStatus === 401
      ? `The site's plugin refused Igny8's signature (${err.pluginCode ?? 'unauthorized'})${said}. Reconnect the site, then send it again.`
      : `WordPress refused the post (${err.httpStatus}${err.pluginCode ? `, ${err.pluginCode}` : ''})${said}`,
    { http_status: err.httpStatus, plugin_code: err.pluginCode },
  );
}

export const publishJob = (deps: SendDeps) =>
  stepJob({
    kind: 'content.publish',
    initial: {} as SendState,
    retryLimit: deps.retries,
    retryDelaySeconds: deps.retryDelaySeconds,
    retryDelayMaxSeconds: 3600,
    steps: [
      {
        name: 'sending the post to WordPress',
        async run(ctx, state) {
          const { payload } = ctx;
          const read = await ctx.read(async (trx) => {
            const publication = (await trx('publications').where({ id: payload.publicationId }).first()) as
              | PublicationRow
              | undefined;
            if (!publication || publication.operation_id !== ctx.operationId) {
              throw new AppError('PUBLICATION_STATE', 'A later publish of this content took over this send.');
            }
            if (!(await isSiteActive(trx, payload.siteId))) {
              throw new AppError('SITE_INACTIVE', 'The site was paused; nothing was sent.');
            }
            const integration = (await trx('integrations').where({ site_id: payload.siteId }).first()) as
              | IntegrationRow
              | undefined;
            if (!integration) throw new AppError('NOT_CONNECTED', 'This site has no WordPress connection any more.');
            const content = await trx('contents').where({ id: payload.contentId }).first();
            const images = (await trx('images')
              .where({ content_id: payload.contentId, status: 'generated' })
              .whereNotNull('storage_key')
              .orderBy([{ column: 'kind' }, { column: 'position' }])) as ImageRow[];
            const author = ctx.actor.userId
              ? await trx('users').where({ id: ctx.actor.userId }).first('name')
              : undefined;
            // The attempt is counted where the user sees it, committed at once.
            await trx('publications')
              .where({ id: publication.id })
              .update({ attempts: trx.raw('attempts + 1'), updated_at: trx.fn.now() });
            return { publication, integration, content, images, authorName: (author?.name as string) ?? null };
          });
          const { publication, integration, content, images } = read;
          const now = deps.now();
          const payloadImages: PayloadImage[] = images.map((i) => ({
            id: i.id,
            kind: i.kind,
            position: i.position,
            alt: i.alt_text,
            url: signedUrl(deps.files, i, now).url,
            version: i.updated_at.toISOString(),
          }));
          const body = postPayload(content, payloadImages, {
            status: publication.requested_status,
            date: publication.requested_status === 'future' ? publication.scheduled_at : null,
            authorId: authorOf(integration, read.authorName),
            force: publication.force,
          });
          let answer: Record<string, unknown>;
          let root: string;
          try {
            ({ answer, root } = await callPlugin(
              targetOf(deps.plugin, integration),
              { outbound: deps.plugin.outbound, now: deps.now, timeoutMs: POST_TIMEOUT_MS },
              'POST',
              'posts',
              body,
            ));
          } catch (err) {
            throw err instanceof PluginAnswerError ? refusal(err) : err;
          }
          const postId = Number(answer.post_id);
          if (!Number.isSafeInteger(postId) || postId < 1) {
            throw new AppError('WORDPRESS_UNREACHABLE', 'WordPress answered without the post it wrote.');
          }
          const wordpressStatus = str(answer.status, 20) ?? publication.requested_status;
          const url = str(answer.url);
          const warnings = warningsOf(answer.warnings);
          return {
            async commit(trx: Knex.Transaction) {
              await lockContentOf(trx, publication.id);
              if (root !== integration.rest_url) {
                await trx('integrations').where({ id: integration.id }).update({ rest_url: root });
              }
              const published = await updatePublication(trx, publication.id, {
                status: 'published',
                wordpress_status: wordpressStatus,
                post_id: postId,
                url,
                warnings: JSON.stringify(warnings),
                last_error: null,
                failed_at: null,
                retracted_at: null,
                edited_in_wordpress_at: null,
                force: false,
                // What WordPress holds now is what was just written: events from before it are history (to the
                // second, as WordPress dates them: one of the same second is applied).
                wordpress_event_at: trx.raw("greatest(wordpress_event_at, date_trunc('second', now()))"),
                ...(wordpressStatus === 'publish' ? { published_at: trx.raw('coalesce(published_at, now())') } : {}),
              });
              await mirrorOnContent(trx, publication.content_id, {
                status: wordpressStatus,
                url,
                date: publication.scheduled_at,
              });
              // WordPress accepted the post (new or updated): `content.published`, committed with what it answered.
              await emitPublicationEvent(trx, 'content.published', published, deps.now());
              const actual = await estimate(trx, { operation: 'publish', quantity: 1 });
              const charged = await captureRun(trx, deps.now, payload, actual);
              return {
                ...state,
                postId,
                url,
                wordpressStatus,
                warnings,
                credits: charged.captured_credits ?? 0,
              };
            },
          };
        },
      },
    ],
    result: (s, { payload }) => ({
      publication_id: payload.publicationId,
      post_id: s.postId ?? 0,
      url: s.url ?? null,
      wordpress_status: s.wordpressStatus ?? 'publish',
      warnings: s.warnings ?? [],
      credits: s.credits ?? 0,
    }),
    async onFinalFailure(trx, { payload, operationId }, failure) {
      await releaseRun(trx, deps.now, payload);
      const publication = await trx('publications').where({ id: payload.publicationId }).first('operation_id');
      // A send a later publish took over leaves the publication to that one.
      if (publication?.operation_id !== operationId) return;
      await failPublication(trx, payload.publicationId, failure, deps.now());
      if (failure.code === 'PUBLICATION_EDITED_IN_WORDPRESS') {
        await trx('publications')
          .where({ id: payload.publicationId })
          .update({ edited_in_wordpress_at: trx.raw('coalesce(edited_in_wordpress_at, now())') });
      }
    },
  });
