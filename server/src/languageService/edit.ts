/**
 * Text edits that set a string value in either form. A quick fix that renames a citation key or fixes a
 * name should not write JSON quotes into Markdown: in JSON a string is a quoted token, in front matter a
 * YAML scalar (quoted only when it must be), in the Markdown body bare text (a statement, a `[@key]`).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { FrameworkDocument, SourceNode } from './model';
import { layoutOf } from './parse/markdown';
import { yamlString } from './convert/yaml';

/** How the string `value` is spelled at the place of `node` in this document. */
export function spellString(doc: FrameworkDocument, node: SourceNode, value: string): string {
  if (doc.format === 'json') return JSON.stringify(value);
  const yaml = layoutOf(doc.textDocument.getText()).yaml;
  return yaml && node.offset >= yaml.start && node.offset < yaml.end ? yamlString(value) : value;
}

/** The edit that replaces the string node's value with `value`, spelled for where the node stands. */
export function replaceStringEdit(doc: FrameworkDocument, node: SourceNode, value: string): TextEdit {
  const range = { start: doc.textDocument.positionAt(node.offset), end: doc.textDocument.positionAt(node.offset + node.length) };
  return { range, newText: spellString(doc, node, value) };
}
