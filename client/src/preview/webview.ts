/// <reference lib="dom" />
/**
 * The preview page's script (bundled to `media/preview.js`, loaded by nonce). It swaps changed sections
 * in place so the scroll position stays, shows the error banner, and reports clicks and scrolling.
 */
import type { FromWebview, ToWebview, WebviewState } from './messages';

declare function acquireVsCodeApi(): {
  postMessage(message: FromWebview): void;
  getState(): WebviewState | undefined;
  setState(state: WebviewState): void;
};

const vscode = acquireVsCodeApi();
const uri = document.body.dataset.uri ?? '';
const page = document.getElementById('page')!;
const banner = document.getElementById('banner')!;
const post = (message: FromWebview): void => vscode.postMessage(message);

/** While the editor drives the scroll, the preview does not report it back (no ping-pong). */
let ignoreScrollUntil = 0;

const previous = vscode.getState();
if (previous?.uri === uri) window.scrollTo(0, previous.scrollY);

function sectionElement(key: string, html: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'section';
  div.dataset.key = key;
  // The HTML comes from the extension's renderer, which escapes every string of the file.
  div.innerHTML = html;
  return div;
}

function applyUpdate(order: string[], changed: { key: string; html: string }[]): void {
  const existing = new Map<string, HTMLElement>();
  for (const el of Array.from(page.children) as HTMLElement[]) if (el.dataset.key) existing.set(el.dataset.key, el);
  const fresh = new Map(changed.map((s) => [s.key, s.html]));
  let cursor: ChildNode | null = page.firstChild;
  for (const key of order) {
    const html = fresh.get(key);
    let el = existing.get(key);
    if (html !== undefined) {
      const replacement = sectionElement(key, html);
      if (el) {
        if (cursor === el) cursor = replacement; // the cursor must stay a child of the page
        el.replaceWith(replacement);
      }
      el = replacement;
    }
    if (!el) continue;
    existing.delete(key);
    if (el !== cursor) page.insertBefore(el, cursor);
    cursor = el.nextSibling;
  }
  for (const stale of existing.values()) stale.remove();
  banner.hidden = true;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (!message || message.uri !== uri) return;
  switch (message.type) {
    case 'update':
      applyUpdate(message.order, message.changed);
      break;
    case 'error':
      banner.textContent = `The preview shows the last good version. Line ${message.line + 1}: ${message.message}`;
      banner.hidden = false;
      break;
    case 'scrollTo': {
      const target = document.querySelector(`[data-anchor="${CSS.escape(message.anchor)}"]`);
      if (target) {
        ignoreScrollUntil = Date.now() + 300;
        window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 8);
      }
      break;
    }
    default: {
      const unexpected: never = message;
      void unexpected;
    }
  }
});

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const link = target?.closest('a');
  if (link) {
    // Never navigate the webview itself; the extension opens http(s) links in the browser.
    event.preventDefault();
    post({ type: 'openLink', uri, href: link.getAttribute('href') ?? '' });
    return;
  }
  const statement = target?.closest<HTMLElement>('[data-anchor]');
  if (statement?.dataset.anchor) {
    for (const el of Array.from(document.querySelectorAll('.revealed'))) el.classList.remove('revealed');
    statement.classList.add('revealed');
    post({ type: 'reveal', uri, anchor: statement.dataset.anchor });
  }
});

/** The anchor at the top of the view: the last anchored element that starts above the top edge. */
function topAnchor(): string | undefined {
  let found: string | undefined;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-anchor]'))) {
    if (el.getBoundingClientRect().top > 16) break;
    found = el.dataset.anchor;
  }
  return found;
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  vscode.setState({ uri, scrollY: window.scrollY });
  if (Date.now() < ignoreScrollUntil) return;
  window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    const anchor = topAnchor();
    if (anchor) post({ type: 'scrolled', uri, anchor });
  }, 50);
});

post({ type: 'ready', uri });
