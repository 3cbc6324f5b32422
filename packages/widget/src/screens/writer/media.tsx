// The editor's images (the featured one, then the in-article ones: a thumbnail fetched with the session's token,
// the alt text saved, drawn again with its progress) and its revisions (viewed, restored after asking).
import type { Schemas } from '@igny8/sdk';
import { useEffect, useState } from 'preact/hooks';
import { Dialog } from '../../components/dialog.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAsync } from '../../use-async.js';
import { inert } from './seo.js';
import { all, Progress, useFollow } from './ui.js';

type Image = Schemas['Image'];
type Content = Schemas['Content'];
type Revision = Schemas['ContentRevision'];
type RevisionSummary = Schemas['ContentRevisionSummary'];

export function Images({ contentId }: { contentId: string }) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(() => client.contents.images(siteId, contentId), [contentId]);
  return (
    <section class="card" aria-labelledby="w-images">
      <h3 id="w-images">{i18n.t('writer.images')}</h3>
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : list.data.length === 0 ? (
        <p class="muted">{i18n.t('writer.noImages')}</p>
      ) : (
        list.data.map((image) => <Picture key={image.id} image={image} onChange={list.reload} />)
      )}
    </section>
  );
}

function Picture({ image, onChange }: { image: Image; onChange: () => void }) {
  const { client, siteId, i18n } = useWidget();
  const [alt, setAlt] = useState(image.alt_text);
  const [src, setSrc] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const [job, setJob] = useState<{ done: number; total: number } | null>(null);
  const follow = useFollow();
  const name =
    image.kind === 'featured' ? i18n.t('writer.featured') : i18n.t('writer.inArticle', { n: image.position });
  // The PNG comes through the SDK, with the session's bearer token, as an object URL (revoked when it changes).
  useEffect(() => {
    if (image.status !== 'generated') return;
    let live = true;
    let url = '';
    client.images.file(siteId, image.id).then(
      (bytes) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([bytes], { type: 'image/png' }));
        setSrc(url);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [image.id, image.status, image.updated_at]);

  const act = async (work: () => Promise<string>) => {
    setFailure(undefined);
    setSaid('');
    try {
      setSaid(await work());
    } catch (error) {
      setFailure(error);
    }
    setJob(null);
  };
  return (
    <fieldset class="fig" data-image={image.id}>
      <legend>{name}</legend>
      {src ? <img src={src} alt={alt} /> : <span class="ph" />}
      <div class="stack">
        {image.status === 'failed' && (
          <p class="notice error">{i18n.t('writer.imageFailed', { error: image.error ?? '' })}</p>
        )}
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            act(async () => {
              await client.images.update(siteId, image.id, { alt_text: alt.trim() });
              onChange();
              return i18n.t('writer.altSaved');
            });
          }}
        >
          <label>
            {i18n.t('writer.alt')}
            <input type="text" required maxLength={300} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />
          </label>
          <button type="submit" class="button" disabled={!alt.trim() || alt === image.alt_text}>
            {i18n.t('writer.saveAlt')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!!job}
            onClick={() =>
              act(async () => {
                setJob({ done: 0, total: 0 });
                const op = await client.images.regenerate(siteId, image.id, {});
                await client.operations.wait(op.id, {
                  ...follow,
                  onProgress: (o) => setJob({ done: o.progress.done, total: o.progress.total }),
                });
                onChange();
                return i18n.t('writer.regenerated');
              })
            }
          >
            {i18n.t('writer.regenerate')}
          </button>
        </form>
        {job && <Progress text={i18n.t('writer.drawing')} done={job.done} total={job.total} />}
        {failure !== undefined && <ErrorNotice error={failure} />}
        <p role="status" class="muted">
          {said}
        </p>
      </div>
    </fieldset>
  );
}

export function Revisions(props: { contentId: string; version: number; onRestored: (c: Content) => void }) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(
    () => all(client.contents.revisions(siteId, props.contentId, { limit: 100 })),
    [props.contentId, props.version],
  );
  const [shown, setShown] = useState<Revision | null>(null);
  const [ask, setAsk] = useState<RevisionSummary | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const attempt = async (work: () => Promise<void>) => {
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(error);
    }
  };
  const label = (r: RevisionSummary) =>
    i18n.t('writer.revision', {
      number: r.number,
      reason: i18n.t(`writer.reason.${r.reason}` as MessageKey),
      date: i18n.date(r.created_at),
      count: r.word_count,
    });
  const restoreButton = (r: RevisionSummary) => (
    <button
      type="button"
      class="button"
      aria-label={i18n.t('writer.restoreTitle', { number: r.number })}
      onClick={() => {
        setShown(null);
        setAsk(r);
      }}
    >
      {i18n.t('writer.restore')}
    </button>
  );
  return (
    <section class="card" aria-labelledby="w-revs">
      <h3 id="w-revs">{i18n.t('writer.revisions')}</h3>
      {failure !== undefined && <ErrorNotice error={failure} />}
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : (
        <ul class="revs">
          {[...list.data].reverse().map((r) => (
            <li key={r.id} class="row">
              <span>{label(r)}</span>
              <button
                type="button"
                class="button"
                aria-label={i18n.t('writer.viewTitle', { number: r.number })}
                onClick={() =>
                  attempt(async () => setShown(await client.contents.revision(siteId, props.contentId, r.id)))
                }
              >
                {i18n.t('writer.view')}
              </button>
              {restoreButton(r)}
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <Dialog title={label(shown)} onClose={() => setShown(null)}>
          <h3>{shown.title}</h3>
          <div class="ed" dangerouslySetInnerHTML={{ __html: inert(shown.html) }} />
          <p>{restoreButton(shown)}</p>
        </Dialog>
      )}
      {ask && (
        <Dialog
          title={i18n.t('writer.restoreConfirm', { number: ask.number })}
          confirm={i18n.t('writer.restore')}
          onClose={() => setAsk(null)}
          onConfirm={() => {
            setAsk(null);
            attempt(async () => props.onRestored(await client.contents.restore(siteId, props.contentId, ask.id)));
          }}
        >
          <p>{i18n.t('writer.restoreText')}</p>
        </Dialog>
      )}
    </section>
  );
}
