/** Framework JSON → the shared model, with the syntax problems a strict JSON reader finds. */
import { createScanner, parseTree, SyntaxKind } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { pathOf, type FrameworkDocument, type SourceNode } from '../model';
import { makeDiagnostic } from '../diagnostic';
import { matchesGlobs } from '../util/globs';
import { BoundedErrors, declinedDocument, findExcessNesting, hasFrameworkKeys, MAX_NESTING, nestingTooDeepNotice } from '../limits';
import { accelerate } from '../accel';
import { jsonDocument } from './jsonDocument';
import { FRAMEWORK_JSON_LANGUAGE_ID } from '../../../../common/languageId';
import { syntaxErrorDiagnostics } from './jsonSyntaxErrors';

export interface ParseOptions {
  /** Globs (e.g. `**\/*.framework.json`) of files that are framework files whatever they hold. */
  frameworkGlobs?: readonly string[];
}

/** Parses a JSON document into the shared framework model. Never throws. */
export function parseJsonFramework(textDocument: TextDocument, options: ParseOptions = {}): FrameworkDocument {
  const original = textDocument.getText();
  // A byte order mark is not JSON, but editors keep it invisible; read past it without moving offsets.
  const text = original.charCodeAt(0) === 0xfeff ? ' ' + original.slice(1) : original;
  // A document in the framework JSON language is one whatever its name (an untitled one, a file the globs miss).
  const byGlob = textDocument.languageId === FRAMEWORK_JSON_LANGUAGE_ID || matchesGlobs(textDocument.uri, options.frameworkGlobs ?? []);
  const diagnostics: Diagnostic[] = [];
  let root: SourceNode | undefined;
  // jsonc-parser below is the reference. Strict JSON (the usual case) needs no recovery: its fast path gives the
  // tree, the repeated keys and the value count at once, and declines nesting past MAX_NESTING, so
  // what it accepts needs no nesting scan.
  const strict = accelerate('strictJson', { text, maxDepth: MAX_NESTING });
  if (!strict) {
    // The tolerant parser recurses once per nesting level: refuse what would overflow the stack, before parsing.
    const tooDeep = findExcessNesting(text);
    if (tooDeep >= 0)
      return declinedDocument(textDocument, 'json', byGlob || hasFrameworkKeys(text), nestingTooDeepNotice(textDocument, tooDeep));
  }
  if (strict) {
    root = strict.root;
    for (const key of strict.duplicateKeys) diagnostics.push(duplicateKeyDiagnostic(textDocument, key));
  } else {
    const errors = new BoundedErrors();
    root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true });
    diagnostics.push(...syntaxErrorDiagnostics(textDocument, errors, 'json-syntax', errors.dropped));
    scanCommentsAndTrailingCommas(textDocument, text, diagnostics);
    if (root) findDuplicateKeys(textDocument, root, diagnostics);
  }
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return jsonDocument(textDocument, text, {
    root,
    isFramework: looksLikeFramework(root) || byGlob,
    syntaxDiagnostics: diagnostics,
    values: strict?.values,
    // Clean strict JSON: the next version may re-parse only the string an edit touched (incrementalJson.ts).
    reparsable: !!strict && !diagnostics.length && text === original,
  });
}

/** A JSON file is a framework file when its top-level object has `schemaVersion` and `framework` or `occupation`. */
function looksLikeFramework(root: SourceNode | undefined): boolean {
  if (root?.type !== 'object') return false;
  const keys = new Set((root.children ?? []).map((p) => p.children?.[0]?.value));
  return keys.has('schemaVersion') && (keys.has('framework') || keys.has('occupation'));
}

/** Comments and trailing commas: jsonc-parser tolerates them (so the tree stays whole); JSON does not. */
function scanCommentsAndTrailingCommas(doc: TextDocument, text: string, out: Diagnostic[]): void {
  const scanner = createScanner(text, false);
  let lastComma = -1;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    switch (kind) {
      case SyntaxKind.LineCommentTrivia:
      case SyntaxKind.BlockCommentTrivia: {
        const start = scanner.getTokenOffset();
        out.push(
          makeDiagnostic(
            doc,
            start,
            start + scanner.getTokenLength(),
            'json-comment',
            'Comments are not allowed in JSON',
            DiagnosticSeverity.Error,
          ),
        );
        continue; // trivia: keeps lastComma
      }
      case SyntaxKind.Trivia:
      case SyntaxKind.LineBreakTrivia:
        continue;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken:
        if (lastComma >= 0) {
          out.push(
            makeDiagnostic(
              doc,
              lastComma,
              lastComma + 1,
              'json-trailing-comma',
              'Trailing comma: JSON does not allow a comma after the last item',
              DiagnosticSeverity.Error,
            ),
          );
        }
        break;
    }
    lastComma = kind === SyntaxKind.CommaToken ? scanner.getTokenOffset() : -1;
  }
}

function findDuplicateKeys(doc: TextDocument, node: SourceNode, out: Diagnostic[]): void {
  const stack: SourceNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      const seen = new Set<string>();
      for (const prop of n.children ?? []) {
        const key = prop.children?.[0];
        if (!key) continue;
        if (seen.has(key.value)) out.push(duplicateKeyDiagnostic(doc, key));
        seen.add(key.value);
      }
    }
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

function duplicateKeyDiagnostic(doc: TextDocument, key: SourceNode): Diagnostic {
  return makeDiagnostic(
    doc,
    key.offset,
    key.offset + key.length,
    'duplicate-key',
    `"${key.value}" appears more than once in this object; only the last one counts`,
    DiagnosticSeverity.Warning,
    // The owner's path lets the quick fix find the earlier occurrence.
    { key: key.value, path: key.parent?.parent ? pathOf(key.parent.parent) : [] },
  );
}
