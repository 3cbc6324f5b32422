// The writing tasks: generate one (its cost estimated and said first, then the operation's progress, then what was
// written), cancel one, delete one (after asking).
import type { Schemas } from '@igny8/sdk';
import { useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { Dialog, useAction, useAsync } from '../../components/index.js';
import { useWidget } from '../../context.js';
import type { ListProps } from './ui.js';
import { all, failed, ListTable, Progress, pending, RowActions, useFollow } from './ui.js';

type Task = Schemas['Task'];
type Result = Schemas['ContentGenerationResult'];

export function Tasks({ onOpen, say }: ListProps) {
  const { client, siteId, i18n } = useWidget();
  const t = i18n.t;
  const list = useAsync(() => all(client.tasks.list(siteId, { limit: 100 })), [siteId]);
  const action = useAction(list.reload);
  const follow = useFollow();
  const [remove, setRemove] = useState<Task | null>(null);
  // The task asked about, with its cost once estimated.
  const [ask, setAsk] = useState<{ task: Task; data?: { cost: number; available: number }; error?: unknown } | null>(
    null,
  );
  // The task being written: its progress, then what was written or why it failed.
  const [job, setJob] = useState<{ task: Task; done: number; total: number; result?: Result; error?: unknown } | null>(
    null,
  );

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
      setAsk({
        task,
        data: { cost: parts.reduce((n, p) => n + p.credits, 0), available: parts[0]?.available_credits ?? 0 },
      });
    } catch (error) {
      setAsk({ task, error });
    }
  };

  const generate = async (task: Task) => {
    setAsk(null);
    setJob({ task, done: 0, total: 0 });
    try {
      const op = await follow(await client.tasks.generate(siteId, task.id), (p) => setJob({ task, ...p }));
      setJob({ task, done: 1, total: 1, result: op.result as Result });
    } catch (error) {
      setJob({ task, done: 0, total: 0, error });
    }
    list.reload();
  };

  const result = job?.result;
  const short = !!ask?.data && ask.data.cost > ask.data.available;
  return (
    <>
      {job &&
        (job.error !== undefined ? (
          <ErrorNotice error={job.error} />
        ) : result ? (
          <div class="notice success" role="status" data-testid="generated">
            <p>
              {t('writer.written', {
                title: job.task.title,
                words: result.words,
                sections: result.sections,
                cost: result.credits,
              })}
            </p>
            {result.cannibalization.length > 0 && (
              <>
                <p>{t('writer.cannibal')}</p>
                <ul>
                  {result.cannibalization.map((c) => (
                    <li key={c.content_id}>{c.title}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              <button type="button" class="button primary" onClick={() => onOpen(result.content_id)}>
                {t('writer.edit')}
              </button>
            </p>
          </div>
        ) : (
          <Progress
            text={t(job.total ? 'writer.writing' : 'writer.starting', {
              title: job.task.title,
              done: job.done,
              total: job.total,
            })}
            {...job}
          />
        ))}
      {failed(action)}
      {pending(list, i18n) ??
        (list.data?.length ? (
          <ListTable
            testid="tasks"
            head={['writer.title', 'writer.focus', 'writer.target', 'writer.date']}
            num={[2]}
            rows={list.data}
            cells={(task) => [
              <>
                <strong>
                  {task.title}
                  <span class="muted"> — {t(`writer.task.${task.status}`)}</span>
                </strong>
                {task.status_reason && <div class="muted">{task.status_reason}</div>}
                <RowActions
                  title={task.title}
                  items={[
                    task.status !== 'in_progress' &&
                      task.status !== 'cancelled' && [
                        'writer.generate',
                        () => estimate(task),
                        !!job && !result && job.error === undefined,
                      ],
                    task.status !== 'completed' &&
                      task.status !== 'cancelled' && [
                        'common.cancel',
                        () =>
                          action.run(task.id, async () => {
                            await client.tasks.cancel(siteId, task.id);
                            say(t('writer.cancelled', { title: task.title }));
                          }),
                        action.busy === task.id,
                      ],
                    task.status !== 'in_progress' && ['writer.delete', () => setRemove(task), false, 'danger'],
                  ]}
                />
              </>,
              task.primary_keyword ?? '—',
              i18n.number(task.target_words),
              i18n.date(task.updated_at),
            ]}
          />
        ) : (
          <p class="muted">{t('writer.noTasks')}</p>
        ))}
      {remove && (
        <Dialog
          title={t('writer.act', { action: t('writer.delete'), title: remove.title })}
          confirm={t('writer.delete')}
          onClose={() => setRemove(null)}
          onConfirm={() => {
            setRemove(null);
            action.run(remove.id, async () => {
              await client.tasks.delete(siteId, remove.id);
              say(t('writer.deleted', { title: remove.title }), true);
            });
          }}
        >
          {null}
        </Dialog>
      )}
      {ask && (
        <Dialog
          title={t('writer.act', { action: t('writer.generate'), title: ask.task.title })}
          confirm={t('writer.generate')}
          busy={!ask.data || short}
          onClose={() => setAsk(null)}
          onConfirm={() => generate(ask.task)}
        >
          <div aria-live="polite" data-testid="cost">
            {pending(ask, i18n) ?? (
              <>
                <p>{t('writer.cost', { ...ask.data, words: ask.task.target_words })}</p>
                {short && <p class="notice warning">{t('writer.short')}</p>}
              </>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
