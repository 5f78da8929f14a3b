/**
 * Framework Markdown (`*.framework.md`, docs/format.md#the-markdown-form) → the shared model.
 *
 * The YAML front matter gives the tree its non-statement fields; the body adds `framework.contextCovered`,
 * `framework.levels`, `aiFluency` and `durableSkills`, with every node's offsets in the Markdown text, so
 * the checks written for JSON run unchanged and point at the right Markdown text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../diagnostic';
import { valueOfTree, type FrameworkDocument, type SourceNode } from '../model';
import { uriPath } from '../util/globs';
import { parseFrontMatter } from './markdownFrontMatter';
import { declinedDocument, nestingTooDeepNotice } from '../limits';
import { append, container, lineText, OffsetMaps } from './markdownNodes';
import { lineStarts } from '../util/textDocument';
import { readBlocks } from './markdownBlocks';
import { buildBody, type Finding } from './markdownBody';

/** Where the front matter's YAML and the body lie in the text. */
export interface MarkdownLayout {
  /** Offsets of the YAML between the `---` lines, or undefined without front matter. */
  yaml?: { start: number; end: number };
  /** The first line of the body. */
  bodyLine: number;
  /** Whether the opening `---` has no closing line. */
  unclosed: boolean;
}

/** Finds the front matter: a first line `---`, up to a line `---` or `...`. */
export function layoutOf(text: string, starts: number[] = lineStarts(text)): MarkdownLayout {
  const first = lineText(text, starts, 0).replace(/^\uFEFF/, '');
  if (!/^---[ \t]*$/.test(first)) return { bodyLine: 0, unclosed: false };
  for (let n = 1; n < starts.length; n++) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lineText(text, starts, n))) {
      return { yaml: { start: starts[1], end: starts[n] }, bodyLine: n + 1, unclosed: false };
    }
  }
  return { yaml: { start: starts[1] ?? text.length, end: text.length }, bodyLine: starts.length, unclosed: true };
}

/** Parses a framework Markdown document into the shared model. Never throws. */
export function parseMarkdownFramework(textDocument: TextDocument): FrameworkDocument {
  const text = textDocument.getText();
  const starts = lineStarts(textDocument.getText());
  const layout = layoutOf(text, starts);
  const maps = new OffsetMaps();
  const findings: Finding[] = [];
  const root = container('object', 0, text.length);

  if (!layout.yaml) {
    findings.push({
      start: 0,
      end: lineText(text, starts, 0).length,
      code: 'markdown-missing-front-matter',
      message: 'A framework in Markdown starts with YAML front matter between two "---" lines (schemaVersion, exportedAt, occupation, …)',
      severity: DiagnosticSeverity.Error,
    });
  } else {
    if (layout.unclosed) {
      findings.push({
        start: 0,
        end: 3,
        code: 'markdown-front-matter',
        message: 'The front matter is never closed: end it with a line "---"',
        severity: DiagnosticSeverity.Error,
      });
    }
    const fm = parseFrontMatter(text.slice(layout.yaml.start, layout.yaml.end), layout.yaml.start, maps);
    if ('tooDeepAt' in fm) {
      const notice = nestingTooDeepNotice(textDocument, layout.yaml.start + fm.tooDeepAt);
      return declinedDocument(textDocument, 'markdown', isFrameworkMarkdown(textDocument.uri, undefined), notice);
    }
    for (const e of fm.errors) {
      const message = e.message.startsWith('The front matter') ? e.message : `The front matter is not valid YAML: ${e.message}`;
      findings.push({ ...e, code: 'markdown-front-matter', message, severity: DiagnosticSeverity.Error });
    }
    append(root, ...(fm.node?.children ?? []));
  }

  const blocks = readBlocks(text, starts, layout.bodyLine);
  const bodyStart = starts[layout.bodyLine] ?? text.length;
  buildBody(root, blocks, bodyStart, maps, findings);

  const diagnostics: Diagnostic[] = findings.map((f) =>
    makeDiagnostic(textDocument, f.start, f.end, f.code, f.message, f.severity, f.data),
  );
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return new MarkdownDocument(textDocument, text, root, isFrameworkMarkdown(textDocument.uri, root), diagnostics, maps);
}

/**
 * A parsed Markdown framework. Its value is made when first asked for (zod, the preview, conversion, hover): the
 * checks read the tree, so a file without schema findings never needs it, and it is a second copy of the file.
 */
class MarkdownDocument implements FrameworkDocument {
  readonly uri: string;
  readonly version: number;
  readonly format = 'markdown';
  readonly memo = new Map<unknown, unknown>();
  /** The value, once made from the tree. */
  private made: { value: unknown } | undefined;

  constructor(
    readonly textDocument: TextDocument,
    readonly text: string,
    readonly root: SourceNode,
    readonly isFramework: boolean,
    readonly syntaxDiagnostics: Diagnostic[],
    private readonly maps: OffsetMaps,
  ) {
    this.uri = textDocument.uri;
    this.version = textDocument.version;
  }

  get value(): unknown {
    this.made ??= { value: valueOfTree(this.root) };
    return this.made.value;
  }

  stringOffset(node: SourceNode, index: number): number {
    return this.maps.offsetOf(node, index);
  }

  /** Never: a value may join lines or come from YAML, and no cheap test tells a plain run from those. */
  verbatimOffset(): number {
    return -1;
  }
}

/**
 * `*.framework.md` files, and Markdown whose front matter has `schemaVersion` and `occupation` or `framework`: keys
 * of the root object with a value (those its value would have).
 */
function isFrameworkMarkdown(uri: string, root: SourceNode | undefined): boolean {
  if (/\.framework\.md$/i.test(uriPath(uri))) return true;
  const has = (key: string) => (root?.children ?? []).some((p) => p.children?.length === 2 && p.children[0].value === key);
  return root?.type === 'object' && has('schemaVersion') && (has('occupation') || has('framework'));
}

export type { SourceNode };
