// The editor's images (the featured one, then the in-article ones: a thumbnail by the image's signed link, the alt
// text saved, drawn again with its progress) and its revisions (viewed, restored after asking).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { Dialog, useAction, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import { inert } from './seo.js';
import { all, failed, Progress, pending, useFollow } from './ui.js';

type Image = Schemas['Image'];
type Content = Schemas['Content'];
type Revision = Schemas['ContentRevisionSummary'] & { html?: string };

export function Images({ contentId }: { contentId: string }) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(() => client.contents.images(siteId, contentId), [contentId]);
  return (
    <section class="card">
      <h2>{i18n.t('writer.images')}</h2>
      {pending(list, i18n) ??
        (list.data?.length ? (
          list.data.map((image) => <Picture key={image.id} image={image} onChange={list.reload} />)
        ) : (
          <p class="muted">{i18n.t('writer.noImages')}</p>
        ))}
    </section>
  );
}

function Picture({ image, onChange }: { image: Image; onChange: () => void }) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  const [alt, setAlt] = useState(image.alt_text);
  const [said, setSaid] = useState('');
  const [job, setJob] = useState<{ done: number; total: number } | null>(null);
  const action = useAction(onChange);
  const follow = useFollow();
  const act = (work: () => Promise<unknown>, done: 'common.saved' | 'writer.regenerated') =>
    action.run('', async () => {
      setSaid('');
      try {
        await work();
        setSaid(t(done));
      } finally {
        setJob(null);
      }
    });
  return (
    <fieldset class="row" data-image={image.id}>
      <legend>{image.kind === 'featured' ? t('writer.featured') : t('writer.inArticle', { n: image.position })}</legend>
      {/* The image's signed link needs no credentials. */}
      {image.url ? <img src={image.url} alt={alt} /> : <span class="ph" />}
      <div class="stack">
        {image.status === 'failed' && (
          <p class="notice error">{t('writer.imageFailed', { error: image.error ?? '' })}</p>
        )}
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            act(() => client.images.update(siteId, image.id, { alt_text: alt.trim() }), 'common.saved');
          }}
        >
          <label>
            {t('writer.alt')}
            <input type="text" required maxLength={300} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button" disabled={!alt.trim() || alt === image.alt_text}>
            {t('writer.saveAlt')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!!job}
            onClick={() =>
              act(async () => {
                setJob({ done: 0, total: 0 });
                await follow(await client.images.regenerate(siteId, image.id, {}), setJob);
              }, 'writer.regenerated')
            }
          >
            {t('writer.regenerate')}
          </button>
        </form>
        {job && <Progress text={t('writer.drawing')} {...job} />}
        {failed(action)}
        <p role="status" class="muted">
          {said}
        </p>
      </div>
    </fieldset>
  );
}

/** `version`: the content as saved; the list is read again when it changes (a save, a restore). */
export function Revisions(p: { contentId: string; version: Content; onRestored: (c: Content) => void }) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  const list = useAsync(
    () => all(client.contents.revisions(siteId, p.contentId, { limit: 100 })),
    [p.contentId, p.version],
  );
  // The revision asked about, with its text once it has come.
  const [ask, setAsk] = useState<Revision | null>(null);
  const action = useAction(() => undefined);
  const failure = failed(action);
  const label = (r: Revision) =>
    t('writer.revision', {
      number: r.number,
      reason: t(`writer.reason.${r.reason}`),
      date: i18n.date(r.created_at),
      count: r.word_count,
    });
  return (
    <section class="card">
      <h2>{t('writer.revisions')}</h2>
      {!ask && failure}
      {pending(list, i18n) ?? (
        <ul class="revs">
          {[...(list.data ?? [])].reverse().map((r) => (
            <li key={r.id} class="row">
              {label(r)}
              <button
                type="button"
                class="button"
                aria-label={t('writer.restoreTitle', { number: r.number })}
                onClick={() => {
                  setAsk(r);
                  action.run('', async () => {
                    const full = await client.contents.revision(siteId, p.contentId, r.id);
                    setAsk((open) => (open?.id === r.id ? full : open));
                  });
                }}
              >
                {t('writer.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {ask && (
        <Dialog
          title={t('writer.restoreTitle', { number: ask.number })}
          confirm={t('writer.restore')}
          busy={ask.html === undefined}
          onClose={() => setAsk(null)}
          onConfirm={() => {
            setAsk(null);
            action.run('', async () => p.onRestored(await client.contents.restore(siteId, p.contentId, ask.id)));
          }}
        >
          {failure}
          <p>{label(ask)}</p>
          <h3>{ask.title}</h3>
          <div
            class="ed"
            aria-busy={ask.html === undefined}
            dangerouslySetInnerHTML={{ __html: inert(ask.html ?? '') }}
          />
          <p>{t('writer.lost')}</p>
        </Dialog>
      )}
    </section>
  );
}
