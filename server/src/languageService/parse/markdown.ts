/** Framework Markdown (`*.framework.md`, FORMAT.md §2) → the shared model. Not yet implemented: no Markdown file is a framework. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument } from '../model';

export function parseMarkdownFramework(textDocument: TextDocument): FrameworkDocument {
  return {
    uri: textDocument.uri,
    version: textDocument.version,
    format: 'markdown',
    textDocument,
    root: undefined,
    value: undefined,
    isFramework: false,
    syntaxDiagnostics: [],
    stringOffset: (node, index) => node.offset + index,
    memo: new Map(),
  };
}
