// Writer: the site's writing tasks (generated into articles here, with their cost said first) and its contents
// (approved and published here), as WordPress list tables; a content opens in the editor.
import { useRef, useState } from 'preact/hooks';
import { useWidget } from '../../context.js';
import { Contents } from './contents.js';
import Editor from './editor.js';
import { Tasks } from './tasks.js';
import { CSS, Subsub } from './ui.js';

export default function Writer() {
  const { i18n } = useWidget();
  const t = i18n.t;
  const [view, setView] = useState<'tasks' | 'contents'>('contents');
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const say = (text: string, focus?: boolean) => {
    setSaid(text);
    if (focus) status.current?.focus();
  };
  const List = view === 'tasks' ? Tasks : Contents;
  return (
    <section class="card writer" aria-labelledby="igny8-writer">
      <style>{CSS}</style>
      {editing ? (
        <Editor id={editing} onClose={() => setEditing(null)} />
      ) : (
        <>
          <h2 id="igny8-writer">{t(`writer.${view}`)}</h2>
          <Subsub
            label={t('tabs.writer')}
            current={view}
            onSelect={(v) => {
              setView(v);
              setSaid('');
            }}
            items={[
              ['tasks', t('writer.tasks')],
              ['contents', t('writer.contents')],
            ]}
          />
          {/* Said once a row's action is done; focus comes here when the row that started it went away. */}
          <p class={said ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
            {said}
          </p>
          <List onOpen={setEditing} say={say} />
        </>
      )}
    </section>
  );
}
