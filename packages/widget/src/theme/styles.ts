// The widget's stylesheet: wp-admin's own components (buttons, notices, nav tabs, list tables, form fields) redrawn
// from the theme tokens, so the widget reads as part of wp-admin in its colour scheme and a partner's colours reach
// every control, light or dark. It lives in the Shadow DOM, so nothing here reaches the host page and the host's rules
// do not reach in; `all: initial` on the host also stops inherited properties (font, colour, direction) crossing over.
// Logical properties (margin-inline-start…) make the same rules work right to left. Screens add their own rules in
// their chunk.
export const STYLES = `
:host { all: initial; display: block; }
:host([hidden]) { display: none; }
.igny8 { font-family: var(--igny8-font-family); font-size: var(--igny8-font-size); line-height: 1.5;
  color: var(--igny8-text); background: var(--igny8-background); padding: calc(var(--igny8-spacing) * 2);
  border-radius: var(--igny8-radius); box-sizing: border-box; max-width: 100%; overflow-wrap: anywhere;
  --igny8-stripe: color-mix(in srgb, var(--igny8-surface) 94%, var(--igny8-text));
  --igny8-field-border: color-mix(in srgb, var(--igny8-border) 55%, var(--igny8-text));
  --igny8-warning: #dba617; }
.igny8 *, .igny8 *::before, .igny8 *::after { box-sizing: inherit; }
.igny8 :focus-visible { outline: 2px solid var(--igny8-primary); outline-offset: 2px; }
.header { display: flex; align-items: center; gap: var(--igny8-spacing); margin-block-end: calc(var(--igny8-spacing) * 2); }
.header img { height: 28px; width: auto; }
.header h1 { font-size: 23px; font-weight: 400; line-height: 1.3; margin: 0; flex: 1; }
a { color: var(--igny8-primary); }
h2 { font-size: 1.3em; font-weight: 600; }
.tabs { display: flex; flex-wrap: wrap; gap: 0 .5em; border-block-end: 1px solid var(--igny8-border);
  margin-block-end: calc(var(--igny8-spacing) * 2); padding-inline-start: .5em; }
.tab { font: inherit; font-size: 14px; font-weight: 600; line-height: 1.71428571; color: var(--igny8-muted-text);
  background: var(--igny8-stripe); border: 1px solid var(--igny8-border); padding: 5px 10px; cursor: pointer;
  margin-block-end: -1px; white-space: nowrap; }
.tab:hover { background: var(--igny8-surface); color: var(--igny8-text); }
.tab[aria-selected="true"] { color: var(--igny8-text); background: var(--igny8-background);
  border-block-end-color: var(--igny8-background); }
.card { background: var(--igny8-surface); border: 1px solid var(--igny8-border); box-shadow: 0 1px 1px rgba(0,0,0,.04);
  padding: calc(var(--igny8-spacing) * 1.5) calc(var(--igny8-spacing) * 2); margin-block-end: calc(var(--igny8-spacing) * 2);
  min-width: 0; }
.card h2 { font-size: 14px; margin: 0 0 var(--igny8-spacing); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(220px, 100%), 1fr)); gap: calc(var(--igny8-spacing) * 2); }
.grid > .card { margin: 0; }
dl { margin: 0; } dt { color: var(--igny8-muted-text); } dd { margin: 0 0 var(--igny8-spacing); font-weight: 600; }
.big { font-size: 2em; font-weight: 400; margin: 0 0 var(--igny8-spacing); }
dd.muted { font-weight: 400; }
.muted { color: var(--igny8-muted-text); }
.row { display: flex; flex-wrap: wrap; align-items: end; gap: var(--igny8-spacing); margin-block-end: var(--igny8-spacing); }
label { display: flex; flex-direction: column; gap: 2px; font-weight: 600; }
input, select, button, textarea { font: inherit; font-weight: 400; color: var(--igny8-text); max-width: 100%; }
input[type="search"], input[type="text"], input[type="url"], input[type="email"], input[type="number"],
input[type="date"], input[type="datetime-local"], input[type="password"], select, textarea {
  background: var(--igny8-surface); border: 1px solid var(--igny8-field-border); border-radius: var(--igny8-radius);
  padding: 0 var(--igny8-spacing); min-height: 30px; line-height: 2; box-shadow: 0 0 0 transparent; color-scheme: inherit; }
textarea { line-height: 1.5; padding: 4px var(--igny8-spacing); }
select { padding-inline-end: 24px; }
input:focus, select:focus, textarea:focus { border-color: var(--igny8-primary); box-shadow: 0 0 0 1px var(--igny8-primary);
  outline: 2px solid transparent; }
input[type="checkbox"], input[type="radio"] { accent-color: var(--igny8-primary); width: 16px; height: 16px; margin: 0; }
input[type="file"] { font-weight: 400; }
.button { display: inline-flex; align-items: center; justify-content: center; gap: 4px; text-decoration: none;
  background: var(--igny8-stripe); color: var(--igny8-primary); border: 1px solid var(--igny8-primary);
  border-radius: 3px; padding: 0 10px; min-height: 30px; line-height: 2.15384615; font-size: 13px; cursor: pointer;
  white-space: nowrap; }
.button:hover { background: var(--igny8-surface); }
.button.primary { background: var(--igny8-primary); color: var(--igny8-on-primary); }
.button.primary:hover { filter: brightness(.92); }
.button.danger, .linkish.danger { color: var(--igny8-danger); border-color: var(--igny8-danger); }
.button:disabled, .button[aria-disabled="true"] { opacity: .6; cursor: default; }
table { width: 100%; border-collapse: collapse; background: var(--igny8-surface); border: 1px solid var(--igny8-border);
  box-shadow: 0 1px 1px rgba(0,0,0,.04); }
th, td { text-align: start; padding: 8px 10px; vertical-align: top; }
thead th, thead td { border-block-end: 1px solid var(--igny8-border); font-weight: 400; font-size: 14px; }
tfoot th, tfoot td { border-block-start: 1px solid var(--igny8-border); font-weight: 400; }
tbody tr:nth-child(odd) { background: var(--igny8-stripe); }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; max-width: 100%; }
.pill { display: inline-block; padding: 0 6px; border-radius: 999px; border: 1px solid var(--igny8-border); font-size: .92em; }
.pill.ok { color: var(--igny8-success); border-color: var(--igny8-success); }
.pill.bad { color: var(--igny8-danger); border-color: var(--igny8-danger); }
.notice { border: 1px solid var(--igny8-border); border-inline-start: 4px solid var(--igny8-primary);
  background: var(--igny8-surface); box-shadow: 0 1px 1px rgba(0,0,0,.04); padding: 1px 12px;
  margin-block: 5px 15px; }
.notice p { margin: .5em 0; padding: 2px; }
.notice.error { border-inline-start-color: var(--igny8-danger); }
.notice.success { border-inline-start-color: var(--igny8-success); }
.notice.warning { border-inline-start-color: var(--igny8-warning); }
.stack { display: grid; gap: var(--igny8-spacing); }
.stack ul { margin: 0; padding-inline-start: 1.2em; }
.stack li { margin-block: 0.4em; }
progress { width: 100%; height: 12px; accent-color: var(--igny8-primary); }
.clusters { list-style: none; margin: 0; padding: 0; }
.clusters li { border-block-end: 1px solid var(--igny8-border); padding-block: var(--igny8-spacing); }
.linkish { background: none; border: none; padding: 0; color: var(--igny8-primary); text-decoration: underline; cursor: pointer; font: inherit; font-weight: 600; }
.subsubsub { list-style: none; margin: 0 0 var(--igny8-spacing); padding: 0; display: flex; flex-wrap: wrap; gap: 0 .25em;
  color: var(--igny8-muted-text); }
.subsubsub li + li::before { content: "|"; margin-inline-end: .25em; }
.subsubsub button { background: none; border: 0; padding: 0; font: inherit; color: var(--igny8-primary); cursor: pointer; }
.subsubsub button[aria-current="true"], .subsubsub button[aria-pressed="true"] { color: var(--igny8-text); font-weight: 600; }
.footer { display: flex; flex-wrap: wrap; gap: calc(var(--igny8-spacing) * 2); justify-content: flex-end; color: var(--igny8-muted-text); font-size: .92em; }
.visually-hidden { position: absolute; inset-inline-start: 0; top: 0; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 782px) {
  .igny8 { padding: var(--igny8-spacing); font-size: 14px; }
  .button { min-height: 40px; padding: 0 14px; font-size: 14px; }
  input[type="search"], input[type="text"], input[type="url"], input[type="email"], input[type="number"], select { min-height: 40px; }
}
@media (max-width: 600px) {
  .tabs { border: 0; gap: 4px; padding: 0; }
  .tab { margin: 0; font-size: 13px; padding: 4px 8px; flex: 1 0 auto; }
  .tab[aria-selected="true"] { border-color: var(--igny8-primary); box-shadow: inset 0 -3px 0 var(--igny8-primary); }
}
`;
