// The widget's stylesheet. It lives in the Shadow DOM, so nothing here reaches wp-admin and wp-admin's rules do not
// reach in; `all: initial` on the host also stops inherited properties (font, colour, direction) crossing over.
// Logical properties (margin-inline-start…) make the same rules work right to left.
export const STYLES = `
:host { all: initial; display: block; }
:host([hidden]) { display: none; }
.igny8 { font-family: var(--igny8-font-family); font-size: var(--igny8-font-size); line-height: 1.5;
  color: var(--igny8-text); background: var(--igny8-background); padding: calc(var(--igny8-spacing) * 2);
  border-radius: var(--igny8-radius); box-sizing: border-box; }
.igny8 *, .igny8 *::before, .igny8 *::after { box-sizing: inherit; }
.igny8 :focus-visible { outline: 2px solid var(--igny8-primary); outline-offset: 2px; }
.header { display: flex; align-items: center; gap: var(--igny8-spacing); margin-block-end: calc(var(--igny8-spacing) * 2); }
.header img { height: 28px; width: auto; }
.header h1 { font-size: 1.7em; font-weight: 400; margin: 0; flex: 1; }
a { color: var(--igny8-primary); }
.tabs { display: flex; flex-wrap: wrap; gap: 0; border-block-end: 1px solid var(--igny8-border); margin-block-end: calc(var(--igny8-spacing) * 2); }
.tab { font: inherit; font-weight: 600; color: var(--igny8-muted-text); background: transparent; border: 1px solid transparent;
  border-block-end: none; padding: var(--igny8-spacing) calc(var(--igny8-spacing) * 2); cursor: pointer;
  margin-block-end: -1px; border-start-start-radius: var(--igny8-radius); border-start-end-radius: var(--igny8-radius); }
.tab[aria-selected="true"] { color: var(--igny8-text); background: var(--igny8-surface); border-color: var(--igny8-border); }
.card { background: var(--igny8-surface); border: 1px solid var(--igny8-border); border-radius: var(--igny8-radius);
  padding: calc(var(--igny8-spacing) * 2); margin-block-end: calc(var(--igny8-spacing) * 2); }
.card h2 { font-size: 1.15em; margin: 0 0 var(--igny8-spacing); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: calc(var(--igny8-spacing) * 2); }
dl { margin: 0; } dt { color: var(--igny8-muted-text); } dd { margin: 0 0 var(--igny8-spacing); font-weight: 600; }
.big { font-size: 2em; font-weight: 400; margin: 0 0 var(--igny8-spacing); }
dd.muted { font-weight: 400; }
.muted { color: var(--igny8-muted-text); }
.row { display: flex; flex-wrap: wrap; align-items: end; gap: var(--igny8-spacing); margin-block-end: var(--igny8-spacing); }
label { display: flex; flex-direction: column; gap: 2px; font-weight: 600; }
input, select, button { font: inherit; font-weight: 400; color: var(--igny8-text); }
input[type="search"], input[type="text"], select { background: var(--igny8-surface); border: 1px solid var(--igny8-border);
  border-radius: var(--igny8-radius); padding: 4px var(--igny8-spacing); min-height: 30px; }
input[type="file"] { font-weight: 400; }
.button { background: var(--igny8-surface); color: var(--igny8-primary); border: 1px solid var(--igny8-primary);
  border-radius: var(--igny8-radius); padding: 4px calc(var(--igny8-spacing) * 1.5); min-height: 30px; cursor: pointer; }
.button.primary { background: var(--igny8-primary); color: var(--igny8-on-primary); }
.button:disabled { opacity: .6; cursor: default; }
table { width: 100%; border-collapse: collapse; background: var(--igny8-surface); }
th, td { text-align: start; padding: var(--igny8-spacing); border-block-end: 1px solid var(--igny8-border); }
th { font-weight: 600; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.pill { display: inline-block; padding: 0 6px; border-radius: 999px; border: 1px solid var(--igny8-border); font-size: .92em; }
.pill.ok { color: var(--igny8-success); border-color: var(--igny8-success); }
.notice { border-inline-start: 4px solid var(--igny8-primary); background: var(--igny8-surface); padding: var(--igny8-spacing);
  margin-block-end: var(--igny8-spacing); }
.notice.error { border-inline-start-color: var(--igny8-danger); }
.notice.success { border-inline-start-color: var(--igny8-success); }
.notice.warning { border-inline-start-color: #dba617; }
.stack { display: grid; gap: var(--igny8-spacing); }
.stack ul { margin: 0; padding-inline-start: 1.2em; }
.stack li { margin-block: 0.4em; }
.notice p { margin: 0; }
progress { width: 100%; height: 12px; accent-color: var(--igny8-primary); }
.clusters { list-style: none; margin: 0; padding: 0; }
.clusters li { border-block-end: 1px solid var(--igny8-border); padding-block: var(--igny8-spacing); }
.linkish { background: none; border: none; padding: 0; color: var(--igny8-primary); text-decoration: underline; cursor: pointer; font: inherit; font-weight: 600; }
.footer { display: flex; gap: calc(var(--igny8-spacing) * 2); justify-content: flex-end; color: var(--igny8-muted-text); font-size: .92em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
