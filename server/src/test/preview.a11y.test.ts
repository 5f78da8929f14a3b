/**
 * Accessibility of the preview and of the exported page: axe-core's WCAG 2.1 A and AA rules in Chromium
 * (/usr/bin/chromium), with zero violations allowed.
 *
 * The live preview is tested as the webview serves it: the extension's own shell (common/preview/shell.ts) with
 * its content security policy, stylesheet and script, and the theme's `--vscode-*` variables set on the root
 * element, as VS Code sets them, for the light, dark and both high-contrast default themes. axe is evaluated
 * through the DevTools protocol (`page.evaluate`), which the page's policy does not govern, so the page keeps the
 * policy it has in VS Code. The exported page is tested as saved: inline styles, its fallback colours.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { shellHtml } from '../../../common/preview/shell';
import { createLanguageService } from '../languageService';
import { renderStandaloneHtml, type FrameworkRender } from '../languageService/render';
import { closeBrowser, loadAsWebview, openPage, PREVIEW_CSS, requireChromium, WEBVIEW_ORIGIN as ORIGIN } from './render/browserText';
import { readFixture } from './util';

const AXE_SOURCE = readFileSync(path.join(__dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const service = createLanguageService();

/**
 * The colours the preview's stylesheet reads, as VS Code's default themes define them (the theme files of
 * `theme-defaults`, and the colour registry's defaults where a theme leaves a colour out).
 */
const THEMES: Record<string, Record<string, string>> = {
  'Light Modern': {
    'editor-background': '#ffffff',
    'editor-foreground': '#3b3b3b',
    descriptionForeground: '#3b3b3b',
    'panel-border': '#e5e5e5',
    'textLink-foreground': '#005fb8',
    'badge-background': '#cccccc',
    'badge-foreground': '#3b3b3b',
    focusBorder: '#005fb8',
    'inputValidation-errorBackground': '#f2dede',
    'inputValidation-errorBorder': '#be1100',
    'list-hoverBackground': '#f2f2f2',
  },
  'Light+': {
    'editor-background': '#ffffff',
    'editor-foreground': '#000000',
    descriptionForeground: '#717171',
    'panel-border': 'rgba(128, 128, 128, 0.35)',
    'textLink-foreground': '#006ab1',
    'badge-background': '#c4c4c4',
    'badge-foreground': '#333333',
    focusBorder: '#0090f1',
    'inputValidation-errorBackground': '#f2dede',
    'inputValidation-errorBorder': '#be1100',
    'list-hoverBackground': '#f0f0f0',
  },
  'Dark Modern': {
    'editor-background': '#1f1f1f',
    'editor-foreground': '#cccccc',
    descriptionForeground: '#9d9d9d',
    'panel-border': '#2b2b2b',
    'textLink-foreground': '#4daafc',
    'badge-background': '#616161',
    'badge-foreground': '#f8f8f8',
    focusBorder: '#0078d4',
    'inputValidation-errorBackground': '#5a1d1d',
    'inputValidation-errorBorder': '#be1100',
    'list-hoverBackground': '#2a2d2e',
  },
  'Dark High Contrast': {
    'editor-background': '#000000',
    'editor-foreground': '#ffffff',
    descriptionForeground: 'rgba(255, 255, 255, 0.7)',
    contrastBorder: '#6fc3df',
    'panel-border': '#6fc3df',
    'textLink-foreground': '#21a6ff',
    'badge-background': '#000000',
    'badge-foreground': '#ffffff',
    focusBorder: '#f38518',
    'inputValidation-errorBackground': '#000000',
    'inputValidation-errorBorder': '#6fc3df',
    'list-hoverBackground': 'rgba(255, 255, 255, 0.1)',
  },
  'Light High Contrast': {
    'editor-background': '#ffffff',
    'editor-foreground': '#292929',
    descriptionForeground: 'rgba(41, 41, 41, 0.7)',
    contrastBorder: '#0f4a85',
    'panel-border': '#0f4a85',
    'textLink-foreground': '#0f4a85',
    'badge-background': '#0f4a85',
    'badge-foreground': '#ffffff',
    focusBorder: '#006bbd',
    'inputValidation-errorBackground': '#ffffff',
    'inputValidation-errorBorder': '#0f4a85',
    'list-hoverBackground': 'rgba(15, 74, 133, 0.1)',
  },
};

/**
 * The styles VS Code puts under every webview's own (the `vscode-default` layer of its webview host page), as far as
 * they touch this page: among them, a link directly in a paragraph is not underlined unless the user turns on
 * `accessibility.underlineLinks` (`--text-link-decoration`, `none` by default).
 */
const VSCODE_DEFAULT_STYLES = `@layer vscode-default {
  body { background-color: transparent; color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family);
    font-weight: var(--vscode-font-weight); font-size: var(--vscode-font-size); margin: 0; padding: 0 20px; }
  a, a code { color: var(--vscode-textLink-foreground); }
  p > a { text-decoration: var(--text-link-decoration); }
  a:hover { color: var(--vscode-textLink-activeForeground); }
  a:focus { outline: 1px solid -webkit-focus-ring-color; outline-offset: -1px; }
}`;

function renderOf(text: string, uri: string): FrameworkRender {
  const result = service.renderPreview(service.parse(TextDocument.create(uri, uri.endsWith('.md') ? 'markdown' : 'json', 1, text)));
  assert.ok('render' in result, JSON.stringify(result));
  return result.render;
}

/** The full fixture with a URL on every citation, so each chip is a link inside a statement's text. */
function linkedFixture(): string {
  const value = JSON.parse(readFixture('example-full-11-9179.00.framework.json'));
  for (const [key, citation] of Object.entries(value.citations as Record<string, { url?: string }>))
    citation.url = `https://example.org/${key}`;
  return JSON.stringify(value, null, 2);
}

/** What the tests render; the Markdown form renders the same page as the JSON one, so JSON stands for both. */
const FRAMEWORKS: { name: string; render: () => FrameworkRender; banner?: string }[] = [
  {
    name: 'the full fixture with linked citations, under the error banner',
    render: () => renderOf(linkedFixture(), 'file:///w/x.framework.json'),
    banner: 'Line 3: Expected "," or "}" after a property',
  },
  { name: 'the 43-9199.00 export', render: () => renderOf(readFixture('export-43-9199.00.json'), 'file:///w/export-43-9199.00.json') },
];

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe's WCAG 2.1 A/AA rules on the loaded page. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Each violation with the elements it names, so a failure says what to fix. */
function listViolations(violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.help}):\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`).join('\n')}`,
    )
    .join('\n');
}

/** Loads the webview's page as VS Code serves it, in `theme`, and returns axe's violations. */
async function webviewViolations(render: FrameworkRender, theme: Record<string, string>, message?: string): Promise<Violation[]> {
  const html = shellHtml({
    cspSource: ORIGIN,
    nonce: 'dGVzdG5vbmNl',
    styleUri: `${ORIGIN}/media/preview.css`,
    scriptUri: `${ORIGIN}/media/preview.js`,
    uri: 'file:///w/x.framework.json',
    sections: render.sections,
    message,
  });
  const page = await openPage();
  const problems: string[] = [];
  try {
    page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(e.message));
    await loadAsWebview(page, html);
    // VS Code sets the theme's colours as custom properties on the root element and adds its default styles, from
    // its own script (so the page's policy does not apply; a constructed style sheet is not subject to it either).
    await page.evaluate(
      ([vars, css]) => {
        for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(name, value);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
      },
      [
        { ...Object.fromEntries(Object.entries(theme).map(([k, v]) => [`--vscode-${k}`, v])), '--text-link-decoration': 'none' },
        VSCODE_DEFAULT_STYLES,
      ] as const,
    );
    // The theme took: the page's background is the theme's editor background.
    const [shown, expected] = await page.evaluate((background) => {
      const probe = document.createElement('span');
      probe.style.color = background;
      document.body.append(probe);
      const colours = [getComputedStyle(document.body).backgroundColor, getComputedStyle(probe).color];
      probe.remove();
      return colours;
    }, theme['editor-background']);
    assert.equal(shown, expected, 'the theme colours were not applied');
    const violations = await axeViolations(page);
    assert.deepEqual(problems, [], 'the page logged errors (the policy blocked something?)');
    return violations;
  } finally {
    await page.close();
  }
}

describe('preview accessibility: axe-core WCAG 2.1 AA in Chromium', function () {
  this.timeout(120_000);
  before(function () {
    requireChromium();
  });
  after(closeBrowser);

  for (const { name, render, banner } of FRAMEWORKS) {
    for (const [themeName, theme] of Object.entries(THEMES)) {
      it(`the live preview of ${name}, in ${themeName}: no violations`, async () => {
        const violations = await webviewViolations(render(), theme, banner);
        assert.equal(violations.length, 0, listViolations(violations));
      });
    }

    it(`the exported page of ${name.replace(/, under the error banner$/, '')}: no violations`, async () => {
      const page = await openPage();
      try {
        await page.setContent(renderStandaloneHtml(render(), PREVIEW_CSS), { waitUntil: 'load' });
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, listViolations(violations));
      } finally {
        await page.close();
      }
    });
  }

  it('control: axe finds a link told apart by colour alone, and text of too little contrast', async () => {
    const page = await openPage();
    try {
      await page.setContent(
        '<!DOCTYPE html><html lang="en"><head><title>control</title><style>a { color: #0000ee; text-decoration: none; } .dim { color: #aaaaaa; }</style></head>' +
          '<body><main><p>Read the <a href="https://example.org/">guide</a> before you begin, then <span class="dim">faint words</span> follow.</p></main></body></html>',
      );
      const ids = (await axeViolations(page)).map((v) => v.id).sort();
      assert.deepEqual(ids, ['color-contrast', 'link-in-text-block']);
    } finally {
      await page.close();
    }
  });
});
