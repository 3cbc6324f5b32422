/** An operation's `progress.done / total`; indeterminate while the total is not known yet. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  return total > 0 ? <progress value={done} max={total} aria-label={label} /> : <progress aria-label={label} />;
}
