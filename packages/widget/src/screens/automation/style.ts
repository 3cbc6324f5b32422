// The Automation screen's own rules, per view (each view's chunk brings its own), on the theme's variables with
// logical properties: right to left and dark mode work. Wide layouts fold at 782 px, WordPress's breakpoint.
export const CSS = `
.au-nav{display:flex;flex-wrap:wrap;list-style:none;margin:0 0 calc(var(--igny8-spacing)*2);padding:0}
.au-nav li+li::before{content:"|";color:var(--igny8-muted-text);margin-inline:.5em}
.au-nav button{font:inherit;background:none;border:0;padding:0;color:var(--igny8-primary);cursor:pointer}
.au-nav button[aria-current]{color:var(--igny8-text);font-weight:600}
.pill.au-run{color:var(--igny8-primary);border-color:var(--igny8-primary)}
.pill.au-bad,.au-bad{color:var(--igny8-danger);border-color:var(--igny8-danger)}
.au-scroll{overflow-x:auto}
.au-stages{list-style:none;margin:0 0 var(--igny8-spacing);padding:0}
.au-stages li{display:grid;grid-template-columns:11em 6em minmax(6em,1fr) 17em;align-items:center;gap:4px var(--igny8-spacing);padding-block:6px;border-block-end:1px solid var(--igny8-border)}
.au-stages .pill{justify-self:start}
.au-stages .muted:empty{display:none}
.au-dialog{background:var(--igny8-surface);color:var(--igny8-text);border:1px solid var(--igny8-border);border-radius:var(--igny8-radius);padding:calc(var(--igny8-spacing)*2);max-width:min(34em,calc(100vw - 32px))}
.au-dialog::backdrop{background:rgb(0 0 0/.5)}
.au-dialog h2{font-size:1.15em;margin-block-start:0}
@media (max-width:782px){.au-stages li{grid-template-columns:1fr auto}.au-stages .pill{justify-self:end}.au-stages progress,.au-stages .muted{grid-column:1/-1}}
`;
