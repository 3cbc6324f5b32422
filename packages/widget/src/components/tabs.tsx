import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Tab<T extends string> {
  id: T;
  label: string;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs (swapped right to left, where the next tab
 * is on the left), Home/End jump, Tab leaves for the panel.
 */
export function Tabs<T extends string>(props: {
  label: string;
  tabs: Tab<T>[];
  selected: T;
  onSelect: (id: T) => void;
  dir: 'ltr' | 'rtl';
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const index = props.tabs.findIndex((tab) => tab.id === props.selected);
  const move = (to: number) => {
    const count = props.tabs.length;
    const next = props.tabs[(to + count) % count];
    if (!next) return;
    props.onSelect(next.id);
    list.current?.querySelector<HTMLElement>(`#igny8-tab-${next.id}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const forward = props.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = props.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) move(index + 1);
    else if (event.key === back) move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(props.tabs.length - 1);
    else return;
    event.preventDefault();
  };
  return (
    <>
      <div class="tabs" role="tablist" aria-label={props.label} ref={list} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => (
          <button
            type="button"
            role="tab"
            class="tab"
            id={`igny8-tab-${tab.id}`}
            key={tab.id}
            aria-selected={tab.id === props.selected}
            aria-controls="igny8-panel"
            tabIndex={tab.id === props.selected ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes the panel a Tab stop after the tab list. */}
      <div role="tabpanel" id="igny8-panel" aria-labelledby={`igny8-tab-${props.selected}`} tabIndex={0}>
        {props.children}
      </div>
    </>
  );
}
