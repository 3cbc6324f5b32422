// The writing tasks: generate one (its cost estimated and said first, then the operation's progress, then what was
// written), cancel one, delete one (after asking).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { Dialog } from '../../components/dialog.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import type { MessageKey } from '../../i18n/index.js';
import { useAction, useAsync } from '../../use-async.js';
import { all, ListTable, Progress, RowActions, useFollow } from './ui.js';

type Task = Schemas['Task'];
type Result = Schemas['ContentGenerationResult'];
interface Job {
  task: Task;
  done: number;
  total: number;
  result?: Result;
  error?: unknown;
}
interface Cost {
  credits: number;
  available: number;
  sufficient: boolean;
}

const GENERATABLE = ['queued', 'failed', 'completed'];
const CANCELLABLE = ['queued', 'in_progress', 'failed'];

export function Tasks({
  onOpen,
  say,
}: {
  onOpen: (contentId: string) => void;
  say: (text: string, focus?: boolean) => void;
}) {
  const { client, siteId, i18n } = useWidget();
  const list = useAsync(() => all(client.tasks.list(siteId, { limit: 100 })), [siteId]);
  const action = useAction(list.reload);
  const [remove, setRemove] = useState<Task | null>(null);
  const follow = useFollow();
  const [ask, setAsk] = useState<{ task: Task; cost?: Cost; error?: unknown } | null>(null);
  const [job, setJob] = useState<Job | null>(null);

  const estimate = async (task: Task) => {
    setAsk({ task });
    try {
      // What generation reserves: the words, the image prompts, and the featured image with the two in-article
      // images a site has by default.
      const parts = await Promise.all(
        (
          [
            ['generate_content', task.target_words],
            ['generate_image_prompts', 1],
            ['generate_image', 3],
          ] as const
        ).map(([operation, quantity]) => client.billing.estimate({ operation, quantity })),
      );
      const credits = parts.reduce((n, p) => n + p.credits, 0);
      const available = parts[0]?.available_credits ?? 0;
      setAsk({ task, cost: { credits, available, sufficient: credits <= available } });
    } catch (error) {
      setAsk({ task, error });
    }
  };

  const generate = async (task: Task) => {
    setAsk(null);
    setJob({ task, done: 0, total: 0 });
    try {
      const started = await client.tasks.generate(siteId, task.id);
      const done = await client.operations.wait(started.id, {
        ...follow,
        onProgress: (o) => setJob({ task, done: o.progress.done, total: o.progress.total }),
      });
      setJob({ task, done: 1, total: 1, result: (done.result ?? undefined) as Result | undefined });
    } catch (error) {
      setJob({ task, done: 0, total: 0, error });
    }
    list.reload();
  };

  const running = !!job && !job.result && job.error === undefined;
  const status = (t: Task) => i18n.t(`writer.task.${t.status}` as MessageKey);
  return (
    <>
      {job &&
        (job.error !== undefined ? (
          <ErrorNotice error={job.error} />
        ) : job.result ? (
          <div class="notice success stack" role="status" data-testid="generated">
            <p>
              {i18n.t('writer.written', {
                title: job.task.title,
                words: job.result.words,
                sections: job.result.sections,
                cost: job.result.credits,
              })}
            </p>
            {job.result.cannibalization.length > 0 && (
              <div>
                <p>{i18n.t('writer.cannibal')}</p>
                <ul>
                  {job.result.cannibalization.map((c) => (
                    <li key={c.content_id}>{c.title}</li>
                  ))}
                </ul>
              </div>
            )}
            <p>
              <button type="button" class="button primary" onClick={() => job.result && onOpen(job.result.content_id)}>
                {i18n.t('writer.openContent')}
              </button>
            </p>
          </div>
        ) : (
          <Progress
            text={
              job.total
                ? i18n.t('writer.writing', { title: job.task.title, done: job.done, total: job.total })
                : i18n.t('writer.starting', { title: job.task.title })
            }
            done={job.done}
            total={job.total}
          />
        ))}
      {action.failure !== undefined && <ErrorNotice error={action.failure} />}
      {list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <p aria-busy="true">{i18n.t('common.loading')}</p>
      ) : list.data.length === 0 ? (
        <p class="muted">{i18n.t('writer.noTasks')}</p>
      ) : (
        <ListTable
          testid="tasks"
          head={[
            i18n.t('writer.title'),
            i18n.t('writer.keyword'),
            i18n.t('writer.status'),
            i18n.t('writer.target'),
            i18n.t('writer.date'),
          ]}
          num={[3]}
          rows={list.data}
          cells={(t) => [
            <>
              <strong>{t.title}</strong>
              <div class="mob muted">
                {status(t)} · {i18n.t('writer.wordCount', { count: t.target_words })}
              </div>
              <RowActions
                title={t.title}
                items={[
                  GENERATABLE.includes(t.status) && ['writer.generate', () => estimate(t), running],
                  CANCELLABLE.includes(t.status) && [
                    'writer.cancelTask',
                    () =>
                      action.run(t.id, async () => {
                        await client.tasks.cancel(siteId, t.id);
                        say(i18n.t('writer.cancelled', { title: t.title }));
                      }),
                    action.busy === t.id,
                  ],
                  t.status !== 'in_progress' && ['writer.delete', () => setRemove(t), false, 'danger'],
                ]}
              />
            </>,
            t.primary_keyword ?? '—',
            <>
              {status(t)}
              {t.status_reason && <div class="muted">{t.status_reason}</div>}
            </>,
            i18n.number(t.target_words),
            i18n.date(t.updated_at),
          ]}
        />
      )}
      {remove && (
        <Dialog
          title={i18n.t('writer.deleteConfirm', { title: remove.title })}
          confirm={i18n.t('writer.delete')}
          onClose={() => setRemove(null)}
          onConfirm={() => {
            setRemove(null);
            action.run(remove.id, async () => {
              await client.tasks.delete(siteId, remove.id);
              say(i18n.t('writer.deleted', { title: remove.title }), true);
            });
          }}
        >
          <p>{i18n.t('writer.undone')}</p>
        </Dialog>
      )}
      {ask && (
        <Dialog
          title={i18n.t('writer.act', { action: i18n.t('writer.generate'), title: ask.task.title })}
          confirm={i18n.t('writer.start')}
          busy={!ask.cost?.sufficient}
          onClose={() => setAsk(null)}
          onConfirm={() => generate(ask.task)}
        >
          <div aria-live="polite" data-testid="cost">
            {ask.error !== undefined ? (
              <ErrorNotice error={ask.error} />
            ) : !ask.cost ? (
              <p aria-busy="true">{i18n.t('common.loading')}</p>
            ) : (
              <>
                <p>
                  {i18n.t('writer.cost', {
                    words: ask.task.target_words,
                    cost: ask.cost.credits,
                    available: ask.cost.available,
                  })}
                </p>
                {!ask.cost.sufficient && <p class="notice warning">{i18n.t('writer.short')}</p>}
              </>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
