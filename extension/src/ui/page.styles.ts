/**
 * Styles of Etalase's panels on marketplace pages. The same custom properties and palette as
 * the widget (`--etalase-*`), set here since a marketplace page does not set them.
 */
export const PAGE_STYLES = `
:host { all: initial; }
.mount {
  --etalase-accent: #8a3b12;
  --etalase-accent-text: #fff;
  --etalase-surface: #fffdf8;
  --etalase-text: #2b2118;
  --etalase-muted: #6b5d52;
  --etalase-border: #e6dccf;
  --etalase-radius: 8px;
  --etalase-good: #1f7a3a;
  --etalase-warn: #8a5a00;
  --etalase-bad: #b3261e;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--etalase-text);
  position: fixed;
  right: 16px;
  bottom: 16px;
  z-index: 2147483646;
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: 8px;
  max-width: calc(100vw - 32px);
}
button {
  font: inherit;
  cursor: pointer;
  border-radius: var(--etalase-radius);
  border: 1px solid var(--etalase-border);
  background: var(--etalase-surface);
  color: var(--etalase-text);
  padding: 6px 12px;
  min-height: 36px;
}
button.primary { background: var(--etalase-accent); color: var(--etalase-accent-text); border-color: var(--etalase-accent); }
button:focus-visible, input:focus-visible { outline: 3px solid #f0b37e; outline-offset: 1px; }
button[disabled] { opacity: 0.6; cursor: default; }
.launcher { box-shadow: 0 2px 8px rgb(0 0 0 / 0.18); font-weight: 600; }
.panel {
  width: 380px;
  max-width: 100%;
  max-height: min(560px, calc(100vh - 96px));
  overflow: auto;
  background: var(--etalase-surface);
  border: 1px solid var(--etalase-border);
  border-radius: 12px;
  box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
  padding: 14px 16px;
  box-sizing: border-box;
}
.panel h2 { font-size: 16px; margin: 0 0 8px; }
.panel h3 { font-size: 14px; margin: 14px 0 6px; }
.panel p { margin: 6px 0; }
.muted { color: var(--etalase-muted); }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.close { border: none; background: transparent; font-size: 20px; line-height: 1; padding: 4px 8px; min-height: 0; }
input[type='search'] {
  font: inherit; width: 100%; box-sizing: border-box; padding: 8px 10px; margin: 4px 0 8px;
  border: 1px solid var(--etalase-border); border-radius: var(--etalase-radius);
}
ul { list-style: none; margin: 0; padding: 0; }
li.pick button { width: 100%; text-align: left; display: flex; justify-content: space-between; gap: 8px; margin: 4px 0; }
li.pick .title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
li.pick .meta { color: var(--etalase-muted); white-space: nowrap; }
.review li { display: grid; grid-template-columns: 20px 1fr; gap: 6px; padding: 4px 0; border-bottom: 1px solid var(--etalase-border); }
.review li:last-child { border-bottom: none; }
.review .value { color: var(--etalase-muted); overflow-wrap: anywhere; }
.ok { color: var(--etalase-good); }
.cut { color: var(--etalase-warn); }
.hand { color: var(--etalase-bad); }
.note { background: #fff4e5; border-radius: var(--etalase-radius); padding: 8px 10px; margin-top: 10px; }
.error { background: #fdecea; color: var(--etalase-bad); border-radius: var(--etalase-radius); padding: 8px 10px; }
.row-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 6px; }
.drift li { padding: 8px 0; border-bottom: 1px solid var(--etalase-border); }
`;
