/**
 * End-to-end harness: the packaged extension in a real VS Code (code-server), driven by Chromium.
 *
 * `launch()` copies `test-fixtures/` into a fresh workspace, starts code-server with fresh user data and
 * the VSIX installed, and opens the workspace in headless Chromium. The returned `VsCodeSession` has the
 * few gestures the tests need (quick open, Problems panel, hover, command palette, find/replace).
 * Every wait polls a condition with a timeout; nothing sleeps for a fixed time.
 */
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
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (let interval = 50; ; interval = Math.min(interval * 2, 250)) {
    try {
      last = await read();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
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
    await this.page
      .locator(`.quick-input-list .monaco-list-row[aria-label*="${cssString(name)}"]`)
      .first()
      .waitFor({ timeout });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${cssString(name)}"]`).waitFor({ timeout });
    await this.activeEditor().locator('.view-lines').waitFor({ timeout });
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
    await pollUntil(() => this.squiggleLines(kind), (lines) => lines.length === 0, `no ${kind} squiggle`, timeout);
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
    return pollUntil(() => this.readHover(), (text) => text.trim() !== '', `a hover at ${line}:${column}`, timeout);
  }

  /** The text of the hover that is showing ('' when none). */
  async readHover(): Promise<string> {
    const texts = await this.page.locator('.monaco-hover:not(.hidden)').evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).innerText.trim()).filter((text) => text !== ''),
    );
    return texts.join('\n');
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
    await input.waitFor({ state: 'hidden', timeout });
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
  async statusSelection(): Promise<string> {
    return (await this.page.locator('#status\\.editor\\.selection').innerText().catch(() => '')).trim();
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
    throw new Error(`Could not open VS Code (run folder kept: ${runDir}): ${error instanceof Error ? error.message : error}`);
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
  // The label reads `Warning: <message> at line 1 and character 528. generated by nsx-framework`.
  const match = /^(?:(Error|Warning|Info): )?([\s\S]*) at line (\d+) and character (\d+)\.(?: generated by (.*))?$/.exec(label);
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
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
