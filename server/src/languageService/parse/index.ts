/** Chooses the parser for a document: framework Markdown (`*.framework.md`) or JSON. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FrameworkDocument } from '../model';
import { parseJsonFramework, type ParseOptions } from './json';
import { parseMarkdownFramework } from './markdown';

export function isMarkdownDocument(textDocument: TextDocument): boolean {
  return textDocument.languageId === 'markdown' || /\.md$/i.test(textDocument.uri);
}

export function parseDocument(textDocument: TextDocument, options: ParseOptions = {}): FrameworkDocument {
  return isMarkdownDocument(textDocument) ? parseMarkdownFramework(textDocument) : parseJsonFramework(textDocument, options);
}

export type { ParseOptions };
