/**
 * End-to-end harness: the packaged extension in a real VS Code (code-server), driven by Chromium.
 *
 * `launch()` copies `test-fixtures/` into a fresh workspace, starts code-server with fresh user data and
 * the VSIX installed, and opens the workspace in headless Chromium. The returned `VsCodeSession` has the
 * few gestures the tests need (quick open, Problems panel, hover, completion, quick fix, command palette,
 * find/replace).
 * Every wait polls a condition with a timeout; nothing sleeps for a fixed time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  FIXTURES_DIR,
  VSIX_PATH,
  createRunDir,
  ensureCodeServer,
  installVsix,
  killGroup,
  requireChromium,
  startCodeServer,
  writeUserSettings,
  type CodeServer,
} from '../../../../scripts/e2e-env.mjs';

/** How long a wait for something in the UI may take before the test fails. */
export const DEFAULT_TIMEOUT = 30_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type SquiggleKind = 'error' | 'warning' | 'info' | 'hint';

/** One row of the Problems panel, as the user reads it. */
export interface Problem {
  /** The file name of the group the row sits in (e.g. `export-43-9199.00.json`). */
  file: string;
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  /** `nsx-framework` for our findings; undefined when the row names no source. */
  source: string | undefined;
  /** The finding's code as shown (e.g. `context-job-zone`). */
  code: string | undefined;
  line: number;
  column: number;
  /** The row's whole visible text, e.g. `message\nnsx-framework\ncontext-job-zone\n[Ln 1, Col 528]`. */
  text: string;
}

/** One row of the suggestion (completion) widget, as the user reads it. */
export interface Suggestion {
  label: string;
  /** The detail VS Code shows on the row (e.g. `O*NET 30 Skill`); '' when none. */
  detail: string;
  ariaLabel: string;
  /** Whether the row is the selected one (Enter would accept it). */
  focused: boolean;
}

/** The 1-based line and column of the `occurrence`-th `needle` in `text`, plus `delta` characters. */
export function positionOf(
  text: string,
  needle: string,
  options: { delta?: number; occurrence?: number } = {},
): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < (options.occurrence ?? 1); i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} not found`);
  }
  offset += options.delta ?? 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export interface LaunchOptions {
  /** Files to add to (or overwrite in) the workspace copy, by path relative to its root. */
  files?: Record<string, string>;
  /** User settings on top of the harness defaults. */
  settings?: Record<string, unknown>;
  /** A name for the run folder under `.e2e-run/`. */
  name?: string;
}

/**
 * Polls `read` until `accept` holds for its result, and returns that result.
 * Throws after `timeout` ms with `what` and the last value read, so a failure says what was seen.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = DEFAULT_TIMEOUT,
  /** Asks again, as a user would, while what is seen is not yet accepted (at most once per `everyMs`). */
  retry?: { everyMs: number; action: () => Promise<void> },
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  let retried = Date.now();
  for (let interval = 50; ; interval = Math.min(interval * 2, 250)) {
    try {
      last = await read();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    if (retry && Date.now() - retried >= retry.everyMs) {
      retried = Date.now();
      await retry.action().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  const seen = lastError !== undefined ? `error: ${String(lastError)}` : JSON.stringify(last, null, 2);
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
}

/** A running code-server with the extension installed, and the Chromium page showing it. */
export class VsCodeSession {
  private closed = false;

  constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly server: CodeServer,
    /** The workspace copy VS Code has open; tests may edit files in it. */
    readonly workspace: string,
    /** The run folder: code-server's user data and log, Chromium's profile, screenshots. */
    readonly runDir: string,
  ) {}

  /** Waits until the workbench is up and the Explorer lists the workspace's files. */
  async waitForWorkbench(timeout = 60_000): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  }

  /** The editor of the active editor group. */
  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Opens a workspace file by name through Quick Open (Control+P) and waits for its tab. */
  async openFile(name: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    await this.dismissQuickInput();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout });
    await input.fill(name);
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label*="${cssString(name)}"]`).first();
    await row.waitFor({ timeout });
    // Click the row that names the file: Enter would open whichever row is selected (a recent file may be).
    await row.click();
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${cssString(name)}"]`).waitFor({ timeout });
    await this.activeEditor().locator('.view-lines').waitFor({ timeout });
  }

  /** Waits until the active editor tab is the file `name` (e.g. after a command opened it). */
  async waitForActiveTab(name: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${cssString(name)}"]`).waitFor({ timeout });
    await this.activeEditor().locator('.view-lines').waitFor({ timeout });
  }

  /**
   * Types `text` into Quick Open (Control+P; a prefix picks the provider: `#` workspace symbols, `>` commands)
   * and returns the rows' accessible labels once `accept` takes them. Leaves the list open (press Enter or Escape).
   */
  async quickOpen(text: string, accept: (rows: string[]) => boolean, what: string, timeout = DEFAULT_TIMEOUT): Promise<string[]> {
    await this.dismissQuickInput();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout });
    await input.fill(text);
    return pollUntil(
      () =>
        this.page.locator('.quick-input-list .monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? '')),
      accept,
      what,
      timeout,
      // Symbol providers that register after the query was typed (a server still starting) answer only a new query.
      {
        everyMs: 2000,
        action: async () => {
          await input.fill('');
          await input.fill(text);
        },
      },
    );
  }

  /** Closes Quick Open or the Command Palette if a previous step left it open. */
  async dismissQuickInput(): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    if (!(await widget.isVisible())) return;
    await this.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT });
  }

  /** Gives the keyboard focus to the active editor (Control+1: focus the first editor group). */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await pollUntil(
      () => this.activeEditor().evaluate((editor) => editor.contains(document.activeElement)),
      (focused) => focused,
      'the keyboard focus in the active editor',
    );
  }

  /** The line numbers on which the active editor shows squiggles of a kind (one entry per squiggle). */
  async squiggleLines(kind: SquiggleKind): Promise<number[]> {
    return this.activeEditor().evaluate((editor, cls) => {
      const lineNumbers = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers'));
      return Array.from(editor.querySelectorAll(`.${cls}`)).map((squiggle) => {
        const box = squiggle.getBoundingClientRect();
        const middle = box.top + box.height / 2;
        const label = lineNumbers.find((element) => {
          const row = element.getBoundingClientRect();
          return row.top <= middle && middle < row.bottom;
        });
        return label ? Number(label.textContent) : -1;
      });
    }, `squiggly-${kind}`);
  }

  /** Waits until the active editor shows a squiggle of a kind (on `line`, when given); returns their lines. */
  async waitForSquiggle(kind: SquiggleKind, options: { line?: number; timeout?: number } = {}): Promise<number[]> {
    const { line, timeout } = options;
    return pollUntil(
      () => this.squiggleLines(kind),
      (lines) => (line === undefined ? lines.length > 0 : lines.includes(line)),
      `a ${kind} squiggle${line === undefined ? '' : ` on line ${line}`}`,
      timeout,
    );
  }

  /** Waits until the active editor shows no squiggle of a kind. */
  async waitForNoSquiggle(kind: SquiggleKind, timeout?: number): Promise<void> {
    await pollUntil(
      () => this.squiggleLines(kind),
      (lines) => lines.length === 0,
      `no ${kind} squiggle`,
      timeout,
    );
  }

  /** The aria-label of the status bar's problems item, e.g. `Warnings: 1`. */
  async problemsStatus(): Promise<string> {
    return (await this.page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
  }

  /** Shows the Problems panel (Control+Shift+M) unless it is showing. */
  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (await panel.isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: DEFAULT_TIMEOUT });
  }

  /**
   * The rows of the Problems panel, each with the file it is grouped under. The panel is a virtual list:
   * only rows scrolled into view exist, which is all of them for the handful of problems a test makes.
   */
  async problems(): Promise<Problem[]> {
    await this.showProblems();
    const rows = await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
      elements.map((element) => ({
        level: element.getAttribute('aria-level'),
        label: element.getAttribute('aria-label') ?? '',
        text: (element as HTMLElement).innerText,
      })),
    );
    const problems: Problem[] = [];
    let file = '';
    for (const row of rows) {
      if (row.level === '1') {
        file = /problems? in file (.*) of folder /.exec(row.label)?.[1] ?? row.text.split('\n')[0];
        continue;
      }
      problems.push(parseProblemRow(file, row.label, row.text));
    }
    return problems;
  }

  /** The Problems rows of one file. */
  async problemsOf(file: string): Promise<Problem[]> {
    return (await this.problems()).filter((problem) => problem.file === file);
  }

  /** Polls the Problems panel until `accept` holds; returns the rows then. */
  async waitForProblems(accept: (problems: Problem[]) => boolean, what: string, timeout?: number): Promise<Problem[]> {
    return pollUntil(() => this.problems(), accept, what, timeout);
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Go to Line, Control+G). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.dismissQuickInput();
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: DEFAULT_TIMEOUT });
    // Go to Line is Quick Open with the `:` prefix; without it the text would search file names.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT });
  }

  /** Shows the hover at a 1-based line and column (cursor there, then Control+K Control+I); returns its text. */
  async hoverAt(line: number, column: number, timeout?: number): Promise<string> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    return pollUntil(
      () => this.readHover(),
      (text) => text.trim() !== '',
      `a hover at ${line}:${column}`,
      timeout,
    );
  }

  /** The text of the hover that is showing ('' when none). */
  async readHover(): Promise<string> {
    const texts = await this.page
      .locator('.monaco-hover:not(.hidden)')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText.trim()).filter((text) => text !== ''));
    return texts.join('\n');
  }

  /**
   * Shows the hover at a 1-based line and column and waits until its text passes `accept` (by default: any
   * text but VS Code's "Loading..." placeholder); returns that text.
   */
  async hoverUntil(
    line: number,
    column: number,
    accept: (text: string) => boolean = (text) => text.trim() !== '' && !/^Loading\.\.\./.test(text.trim()),
    timeout?: number,
  ): Promise<string> {
    await this.goTo(line, column);
    const show = async () => {
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    };
    await show();
    // A hover asked for before the language server was ready stays empty: ask again, as a user would.
    return pollUntil(() => this.readHover(), accept, `the hover at ${line}:${column}`, timeout, {
      everyMs: 3000,
      action: async () => {
        if (/^Loading\.\.\./.test((await this.readHover()).trim())) return; // still computing: let it finish
        await this.goTo(line, column);
        await show();
      },
    });
  }

  /**
   * Triggers completion (Control+Space) at a 1-based line and column and waits until the suggestion rows
   * pass `accept` (by default: at least one row); returns them. Only the rows in view exist (about 12).
   */
  async complete(
    line: number,
    column: number,
    accept: (rows: Suggestion[]) => boolean = (rows) => rows.length > 0,
    timeout?: number,
  ): Promise<Suggestion[]> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+Space');
    // Suggestions asked for before the language server was ready lack ours: ask again, as a user would.
    return pollUntil(() => this.suggestions(), accept, `suggestions at ${line}:${column}`, timeout, {
      everyMs: 3000,
      action: async () => {
        await this.page.keyboard.press('Escape');
        await this.goTo(line, column);
        await this.page.keyboard.press('Control+Space');
      },
    });
  }

  /** The rows of the suggestion widget that is showing (none when it is hidden), top to bottom. */
  async suggestions(): Promise<Suggestion[]> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    if (!(await widget.isVisible())) return [];
    const rows = await widget.locator('.monaco-list-row').evaluateAll((elements) =>
      elements
        .map((element) => ({
          top: Number.parseFloat((element as HTMLElement).style.top) || 0,
          label: element.querySelector('.label-name')?.textContent?.trim() ?? '',
          detail: element.querySelector('.details-label')?.textContent?.trim() ?? '',
          ariaLabel: element.getAttribute('aria-label') ?? '',
          focused: element.classList.contains('focused'),
        }))
        .sort((a, b) => a.top - b.top),
    );
    return rows.map(({ label, detail, ariaLabel, focused }) => ({ label, detail, ariaLabel, focused }));
  }

  /** Accepts the suggestion whose label is `label` (clicks its row) and waits for the widget to close. */
  async acceptSuggestion(label: string): Promise<void> {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    const row = widget
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: label }) })
      .first();
    await row.click();
    await widget.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT });
  }

  /**
   * Opens the quick-fix menu (Control+.) with the cursor at a 1-based line and column and returns the
   * titles it lists, once it lists at least one. The menu stays open for `chooseQuickFix`.
   */
  async quickFixesAt(line: number, column: number, timeout?: number): Promise<string[]> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+.');
    // An empty menu ("No code actions available") closes by itself: ask again, as a user would.
    return pollUntil(
      () => this.readQuickFixes(),
      (titles) => titles.length > 0,
      `quick fixes at ${line}:${column}`,
      timeout,
      {
        everyMs: 3000,
        action: async () => {
          await this.page.keyboard.press('Escape');
          await this.goTo(line, column);
          await this.page.keyboard.press('Control+.');
        },
      },
    );
  }

  /** The titles of the actions the open quick-fix menu lists (none when it is closed). */
  async readQuickFixes(): Promise<string[]> {
    return this.page
      .locator('.action-widget .monaco-list-row.action')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.trim()).filter((text) => text !== ''));
  }

  /** Chooses the action titled `title` in the open quick-fix menu and waits for the menu to close. */
  async chooseQuickFix(title: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row.action').filter({ hasText: title }).first();
    await row.waitFor({ timeout });
    await row.click();
    await pollUntil(
      () => this.readQuickFixes(),
      (titles) => titles.length === 0,
      'the quick-fix menu to close',
      timeout,
    );
  }

  /** Applies the quick fix titled `title` at a 1-based line and column: Control+., then the fix. */
  async applyQuickFix(line: number, column: number, title: string, timeout?: number): Promise<void> {
    const titles = await this.quickFixesAt(line, column, timeout);
    if (!titles.some((t) => t.includes(title))) {
      await this.page.keyboard.press('Escape');
      throw new Error(`No quick fix "${title}" at ${line}:${column}; offered: ${JSON.stringify(titles)}`);
    }
    await this.chooseQuickFix(title, timeout);
  }

  /** The text of a 1-based line of the active editor, as shown (the line must be in view). */
  async lineText(line: number): Promise<string> {
    return this.activeEditor().evaluate((editor, wanted) => {
      const label = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers')).find(
        (element) => Number(element.textContent) === wanted,
      );
      if (!label) throw new Error(`line ${wanted} is not in view`);
      const middle = label.getBoundingClientRect().top + label.getBoundingClientRect().height / 2;
      const row = Array.from(editor.querySelectorAll('.view-lines .view-line')).find((element) => {
        const box = element.getBoundingClientRect();
        return box.top <= middle && middle < box.bottom;
      });
      // The editor renders spaces as non-breaking spaces.
      return (row?.textContent ?? '').replace(/\u00a0/g, ' ');
    }, line);
  }

  /** Runs a command by its title from the Command Palette (F1). */
  async runCommand(title: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    await this.dismissQuickInput();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout });
    await input.fill(`>${title}`);
    const row = this.page.locator(`.quick-input-list .monaco-list-row[aria-label^="${cssString(title)}"]`).first();
    await row.waitFor({ timeout });
    await row.click();
    // The palette closes; a command that asks something (an input box, a pick) opens the same widget again at once,
    // so "closed" is the palette's own prompt gone, not the widget hidden.
    await pollUntil(
      async () => ((await input.isVisible()) ? await input.getAttribute('aria-label') : null),
      (label) => label === null || !label.startsWith('Type the name of a command'),
      `the Command Palette to close after "${title}"`,
      timeout,
    );
  }

  /** Waits for a modal dialog (e.g. a confirmation) and returns its text. */
  async waitForDialog(timeout = DEFAULT_TIMEOUT): Promise<string> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout });
    return dialog.innerText();
  }

  /** Answers the modal dialog by clicking its button `label` (e.g. `Overwrite`, `Cancel`) and waits until it closes. */
  async answerDialog(label: string, timeout = DEFAULT_TIMEOUT): Promise<void> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: label }).first().click({ timeout });
    await dialog.waitFor({ state: 'hidden', timeout });
  }

  /** Types text at the cursor of the active editor, key by key (so auto-closing brackets apply). */
  async typeText(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text);
  }

  /** Presses a key or chord (Playwright syntax, e.g. `Control+Z`). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Replaces every occurrence of `find` by `replacement` in the active editor (Find/Replace, Control+H). */
  async replaceAll(find: string, replacement: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+H');
    const widget = this.activeEditor().locator('.find-widget.visible');
    await widget.waitFor({ timeout: DEFAULT_TIMEOUT });
    await widget.locator('.find-part textarea').fill(find);
    // The match count shows once the search ran; replacing before that could replace nothing.
    await pollUntil(
      () => widget.locator('.matchesCount').innerText(),
      (count) => /^\d+ of \d+$/.test(count.trim()),
      `matches of ${JSON.stringify(find)} in the find widget`,
    );
    const replace = widget.locator('.replace-part textarea');
    await replace.fill(replacement);
    // Replace All runs synchronously in the keydown handler, so it is done when the press returns.
    await replace.press('Control+Alt+Enter');
    await this.page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT });
  }

  /**
   * The frame of a webview whose document has an element matching `selector` (webviews nest an inner
   * iframe inside the host iframe; this loops over every frame of the page until one matches).
   */
  async webviewFrame(selector: string, timeout = DEFAULT_TIMEOUT): Promise<Frame> {
    return pollUntil(
      async () => {
        for (const frame of this.page.frames()) {
          if (await frame.evaluate((sel) => !!document.querySelector(sel), selector).catch(() => false)) return frame;
        }
        return undefined;
      },
      (frame): frame is Frame => frame !== undefined,
      `a webview holding ${selector}`,
      timeout,
    ) as Promise<Frame>;
  }

  /** The text of the editor's selection item in the status bar, e.g. `Ln 6, Col 17`. */
  /** The line numbers the editors show as their cursor's line (whether or not the editor has the focus). */
  async cursorLines(): Promise<number[]> {
    const texts = await this.page
      .locator('.monaco-editor .line-numbers.active-line-number')
      .allInnerTexts()
      .catch(() => []);
    return texts.map((t) => Number(t.trim())).filter((n) => Number.isInteger(n));
  }

  /** The language the status bar shows for the active editor (e.g. `NSX Framework (JSON)`). */
  languageMode(): Promise<string> {
    return this.statusItem('status.editor.mode');
  }

  /** The cursor position the status bar shows (e.g. `Ln 3, Col 7`). */
  statusSelection(): Promise<string> {
    return this.statusItem('status.editor.selection');
  }

  /** The text of the status bar item with the element id `id` ('' when it is not shown). */
  private async statusItem(id: string): Promise<string> {
    return (
      await this.page
        .locator(`#${id.replace(/\./g, '\\.')}`)
        .innerText()
        .catch(() => '')
    ).trim();
  }

  /** Saves a PNG of one element of the workbench (e.g. a webview's iframe) to `file`. */
  async screenshotOf(locator: Locator, file: string): Promise<string> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await locator.screenshot({ path: file });
    return file;
  }

  /** Saves a screenshot into the run folder and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.runDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** code-server's log (for failure reports). */
  serverLog(): string {
    return fs.existsSync(this.server.logFile) ? fs.readFileSync(this.server.logFile, 'utf8') : '';
  }

  /**
   * Closes Chromium and stops code-server's process group. Removes the run folder unless `keep`
   * (keep it after a failure: it holds code-server's log and screenshots). Safe to call twice.
   */
  /**
   * Process ids of this session's processes (code-server's process group) whose command line contains
   * `needle`, e.g. the extension's language server: `nsx-framework-editor` and `dist/server.js`.
   */
  processIds(...needles: string[]): number[] {
    const ps = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
    const out: number[] = [];
    for (const line of ps.split('\n')) {
      const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
      if (m && Number(m[2]) === this.server.pid && needles.every((n) => m[3].includes(n))) out.push(Number(m[1]));
    }
    return out;
  }

  /** Kills one process of this session by id (SIGKILL: a crash, not a shutdown). */
  killProcess(pid: number): void {
    if (!this.processIds('').includes(pid)) throw new Error(`process ${pid} is not one of this session's`);
    process.kill(pid, 'SIGKILL');
  }

  /** The messages of every notification so far, from the notification center (toasts hide themselves). */
  async notifications(): Promise<string[]> {
    await this.runCommand('Notifications: Show Notifications');
    const center = this.page.locator('.notifications-center');
    await center.waitFor();
    const messages = await center.locator('.notification-list-item-message').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return messages.map((m) => m.trim());
  }

  async close(options: { keep?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.context.close().catch(() => undefined);
    } finally {
      await this.server.stop();
      unregisterGroup(this.server.pid);
      if (!options.keep) fs.rmSync(this.runDir, { recursive: true, force: true });
    }
  }
}

/**
 * Registers the hooks of a suite that runs in one VS Code: launches it before the first test (and waits for the
 * workbench when asked), saves a screenshot of a failing test, and closes it after the last (keeping the run
 * folder when a test failed). Returns the session, for the tests to call.
 */
export function useVsCode(options: LaunchOptions, { waitForWorkbench = false } = {}): () => VsCodeSession {
  let vscode: VsCodeSession | undefined;
  let failed = false;
  before(async function () {
    vscode = await launch(options);
    if (waitForWorkbench) await vscode.waitForWorkbench();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vscode) {
      failed = true;
      const shot = await vscode.screenshot(this.currentTest.title).catch(() => undefined);
      console.error(`    screenshot: ${shot ?? '(none)'}; code-server log: ${path.join(vscode.runDir, 'code-server.log')}`);
    }
  });
  after(async function () {
    await vscode?.close({ keep: failed });
  });
  return () => {
    if (!vscode) throw new Error('VS Code did not start');
    return vscode;
  };
}

/**
 * Starts code-server with the extension and opens a fresh copy of `test-fixtures/` in Chromium.
 * Cleans up whatever it started when a step fails.
 */
export async function launch(options: LaunchOptions = {}): Promise<VsCodeSession> {
  requireChromium();
  ensureCodeServer();
  const runDir = createRunDir({ name: options.name ?? 'e2e' });
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(FIXTURES_DIR, workspace, { recursive: true });
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const file = path.join(workspace, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  writeUserSettings(runDir, options.settings);
  installVsix(runDir, process.env.NSX_E2E_VSIX ?? VSIX_PATH);

  const server = await startCodeServer({ runDir, folder: workspace });
  registerGroup(server.pid);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(path.join(runDir, 'chromium'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(runDir, 'chromium-config'),
        XDG_CACHE_HOME: path.join(runDir, 'chromium-cache'),
      },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(DEFAULT_TIMEOUT);
    await page.goto(server.url);
    const session = new VsCodeSession(page, context, server, workspace, runDir);
    await session.waitForWorkbench();
    return session;
  } catch (error) {
    await context?.close().catch(() => undefined);
    await server.stop();
    unregisterGroup(server.pid);
    throw new Error(`Could not open VS Code (run folder kept: ${runDir}): ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
}

// Last resort: if mocha exits without running the after hooks (Ctrl+C), no code-server is left behind.
const liveGroups = new Set<number>();
let exitHookInstalled = false;

function registerGroup(pgid: number): void {
  liveGroups.add(pgid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const group of liveGroups) killGroup(group, 'SIGKILL');
  });
}

function unregisterGroup(pgid: number): void {
  liveGroups.delete(pgid);
}

function parseProblemRow(file: string, label: string, text: string): Problem {
  // The label reads `Warning: <message> at line 1 and character 528. generated by nsx-framework`; a problem with
  // related information has ` This problem has references to 1 locations.` before ` generated by`.
  const match =
    /^(?:(Error|Warning|Info): )?([\s\S]*) at line (\d+) and character (\d+)\.(?: This problem has references to \d+ locations?\.)?(?: generated by (.*))?$/.exec(
      label,
    );
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const position = /\[Ln (\d+), Col (\d+)\]/.exec(text);
  const source = match?.[5]?.trim() || undefined;
  // The visible text is: message, source, code, [Ln, Col]; the code is whatever sits after the source.
  const sourceIndex = source === undefined ? -1 : lines.lastIndexOf(source);
  const code = sourceIndex >= 0 && sourceIndex + 1 < lines.length - 1 ? lines[sourceIndex + 1] : undefined;
  const severity = match?.[1]?.toLowerCase();
  return {
    file,
    severity: severity === 'error' || severity === 'warning' || severity === 'info' ? severity : 'unknown',
    message: match?.[2] ?? lines[0] ?? '',
    source,
    code,
    line: Number(position?.[1] ?? match?.[3] ?? 0),
    column: Number(position?.[2] ?? match?.[4] ?? 0),
    text,
  };
}

/** Escapes a string for use inside a double-quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
