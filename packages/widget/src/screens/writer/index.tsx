// Writer: the site's writing tasks (generated into articles here, with their cost said first) and its contents
// (approved and published here), as WordPress list tables; a content opens in the editor, its own chunk.
import type { ComponentType } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { ErrorNotice } from '../../components/error-notice.js';
import { useWidget } from '../../context.js';
import { Contents } from './contents.js';
import type { EditorProps } from './editor.js';
import { Tasks } from './tasks.js';
import { CSS, Subsub } from './ui.js';

type View = 'tasks' | 'contents';
let editorModule: Promise<ComponentType<EditorProps>> | undefined;

export default function Writer() {
  const { i18n } = useWidget();
  const [view, setView] = useState<View>('contents');
  const [editing, setEditing] = useState<string | null>(null);
  const [Editor, setEditor] = useState<{ c: ComponentType<EditorProps> } | null>(null);
  const [failed, setFailed] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  /** Says what a row's action did; `focus` when the row goes away with the button that was focused. */
  const say = (text: string, focus?: boolean) => {
    setSaid(text);
    if (focus) status.current?.focus();
  };
  const open = (id: string) => {
    setEditing(id);
    setFailed(undefined);
    editorModule ??= import('./editor.js').then((m) => m.default);
    editorModule.then(
      (c) => setEditor({ c }),
      (error: unknown) => {
        editorModule = undefined;
        setFailed(error);
      },
    );
  };
  let body = (
    <>
      <h2 id="igny8-writer">{i18n.t(view === 'tasks' ? 'writer.tasks' : 'writer.contents')}</h2>
      <Subsub
        label={i18n.t('writer.views')}
        current={view}
        onSelect={(v) => {
          setView(v);
          setSaid('');
        }}
        items={[
          { id: 'tasks', label: i18n.t('writer.tasks') },
          { id: 'contents', label: i18n.t('writer.contents') },
        ]}
      />
      {/* Said once a row's action is done; focus comes here when the row that started it went away. */}
      <p class={said ? 'live notice success' : 'live'} role="status" tabIndex={-1} ref={status} data-focus-back>
        {said}
      </p>
      {view === 'tasks' ? <Tasks onOpen={open} say={say} /> : <Contents onOpen={open} say={say} />}
    </>
  );
  if (editing) {
    body = failed ? (
      <ErrorNotice error={failed} onRetry={() => open(editing)} />
    ) : Editor ? (
      <Editor.c id={editing} onClose={() => setEditing(null)} />
    ) : (
      <p aria-busy="true">{i18n.t('common.loading')}</p>
    );
  }
  return (
    <section class="card writer" aria-labelledby="igny8-writer">
      <style>{CSS}</style>
      {body}
    </section>
  );
}
