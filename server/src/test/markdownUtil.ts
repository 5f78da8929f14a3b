/** Test helpers for framework Markdown: inline documents parsed and checked as `*.framework.md` files. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageServiceSettings } from '../languageService';
import type { FrameworkDocument, SourceNode } from '../languageService/model';
import { toMarkdown } from '../languageService/convert/toMarkdown';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, filesUnder, frameworkText } from './util';

export const MD_URI = 'file:///work/test.framework.md';

export function mdParse(text: string, uri = MD_URI, settings: LanguageServiceSettings = {}): FrameworkDocument {
  return createLanguageService(() => settings).parse(TextDocument.create(uri, 'markdown', 1, text));
}

export function mdDiagnostics(text: string, uri = MD_URI, settings: LanguageServiceSettings = {}): Diagnostic[] {
  const service = createLanguageService(() => settings);
  return service.computeDiagnostics(service.parse(TextDocument.create(uri, 'markdown', 1, text)));
}

const SEVERITY: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Findings as `L:C-L:C severity code message` (1-based), as the util's `findings` shows them for JSON. */
export function mdFindings(text: string, uri = MD_URI, settings: LanguageServiceSettings = {}): string[] {
  return mdDiagnostics(text, uri, settings).map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ` +
      `${SEVERITY[d.severity!]} ${d.code} ${d.message}`,
  );
}

/** The small valid framework of `frameworkText(patch)`, in its canonical Markdown form. */
export function mdFramework(patch: Parameters<typeof frameworkText>[0] = {}): string {
  return toMarkdown(JSON.parse(frameworkText(patch)));
}

/** The source text a node covers. */
export function covered(doc: FrameworkDocument, node: SourceNode | undefined): string | undefined {
  return node ? doc.textDocument.getText().slice(node.offset, node.offset + node.length) : undefined;
}

/** The Markdown the converter writes for every JSON fixture (fuzz regressions included) that holds an object. */
export function convertedFixtures(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const file of filesUnder(FIXTURES, '.json')) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // a fuzz regression that is not JSON
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    out.push({ name: path.relative(FIXTURES, file), text: toMarkdown(value) });
  }
  return out;
}
