// A modal dialog on the browser's own <dialog>: showModal() moves focus in and keeps it there, Escape closes it (as
// Cancel), and focus goes back to what opened it — or, when that is gone (the row it was on went away), to the screen's
// status line. Every screen's confirmations use it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useWidget } from '../context.js';

export function Dialog(props: {
  title: string;
  children: ComponentChildren;
  /** The confirming button's text; without it the dialog only informs (and has Close). */
  confirm?: string;
  onConfirm?: () => void;
  onClose: () => void;
  busy?: boolean;
}) {
  const { i18n } = useWidget();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current as HTMLDialogElement;
    const root = dialog.getRootNode() as ShadowRoot;
    const opener = root.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      const back = opener?.isConnected ? opener : root.querySelector<HTMLElement>('[data-focus-back]');
      back?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="card igny8-dialog"
      aria-labelledby="igny8-dialog-title"
      // Escape closes the dialog itself (and Chromium insists on it when pressed twice): follow it.
      onClose={props.onClose}
    >
      <h2 id="igny8-dialog-title">{props.title}</h2>
      {props.children}
      <p class="row">
        {props.confirm && (
          <button type="button" class="button primary" disabled={props.busy} onClick={props.onConfirm}>
            {props.confirm}
          </button>
        )}
        <button type="button" class="button" onClick={props.onClose}>
          {i18n.t(props.confirm ? 'common.cancel' : 'common.close')}
        </button>
      </p>
    </dialog>
  );
}

/** The dialog's look, for the screens that use it (each screen's CSS includes it). */
export const DIALOG_CSS = `.igny8-dialog{color:var(--igny8-text);max-width:min(520px,calc(100vw - 32px))}
.igny8-dialog::backdrop{background:rgb(0 0 0/.5)}.igny8-dialog fieldset{border:0;padding:0}
.igny8-dialog fieldset label{flex-direction:row;font-weight:400;gap:6px}.live:focus{outline:none}.live:empty{position:absolute}`;
