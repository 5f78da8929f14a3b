/** The model of a framework JSON document, whichever parser read it (parse/json.ts, or the re-parse of an edit). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument, SourceNode } from '../model';
import { rememberValueCount } from '../limits';

/** The model of a JSON document read from `text`: by the parse (json.ts), or by the re-parse of an edit (incrementalJson.ts). */
export function jsonDocument(
  textDocument: TextDocument,
  text: string,
  parsed: {
    root: SourceNode | undefined;
    value: unknown;
    isFramework: boolean;
    syntaxDiagnostics: Diagnostic[];
    /** The number of values, when the parser counted them. */
    values?: number;
    /** Whether the next version may be re-parsed from this one (needs `values`). */
    reparsable: boolean;
  },
): FrameworkDocument {
  const { values } = parsed;
  return {
    uri: textDocument.uri,
    version: textDocument.version,
    format: 'json',
    textDocument,
    root: parsed.root,
    value: parsed.value,
    isFramework: parsed.isFramework,
    syntaxDiagnostics: parsed.syntaxDiagnostics,
    stringOffset: (node, index) => jsonStringOffset(text, node, index),
    text,
    // Every escape is longer than the character it stands for: a string token two quotes longer than its value has none.
    verbatimOffset: (node, length) => (node.type === 'string' && node.length === length + 2 ? node.offset + 1 : -1),
    memo: values !== undefined ? rememberValueCount(new Map(), values) : new Map(),
    reparseBase: parsed.reparsable && values !== undefined ? { text, values } : undefined,
  };
}

/** Offset in `text` of character `index` of the JSON string token `node`, counting escapes. */
export function jsonStringOffset(text: string, node: SourceNode, index: number): number {
  const end = node.offset + node.length;
  let pos = node.offset + 1; // past the opening quote
  for (let i = 0; i < index && pos < end; i++) {
    if (text.charCodeAt(pos) === 0x5c /* \ */) pos += text.charCodeAt(pos + 1) === 0x75 /* u */ ? 6 : 2;
    else pos += 1;
  }
  return Math.min(pos, Math.max(node.offset, end - 1));
}
