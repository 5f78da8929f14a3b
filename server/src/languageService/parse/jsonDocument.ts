/** The model of a framework JSON document, whichever parser read it (parse/json.ts, or the re-parse of an edit). */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { valueOfTree, type FrameworkDocument, type SourceNode } from '../model';
import { rememberValueCount } from '../limits';

/** What a parser read of a JSON document. */
export interface ParsedJson {
  root: SourceNode | undefined;
  /**
   * The plain value, when the parser had it already (the re-parse of an edit changes the previous version's). Else
   * it is made from the tree when first asked for: most files are checked on the tree alone (the schema's plan proves
   * them valid there), and the value is a second copy of the file.
   */
  value?: { value: unknown };
  isFramework: boolean;
  syntaxDiagnostics: Diagnostic[];
  /** The number of values, when the parser counted them. */
  values?: number;
  /** Whether the next version may be re-parsed from this one (needs `values`). */
  reparsable: boolean;
}

/** The model of a JSON document read from `text`: by the parse (json.ts), or by the re-parse of an edit (incrementalJson.ts). */
export function jsonDocument(textDocument: TextDocument, text: string, parsed: ParsedJson): FrameworkDocument {
  return new JsonDocument(textDocument, text, parsed);
}

/** A framework JSON document. Its value is made when first asked for, as a Markdown document's. */
class JsonDocument implements FrameworkDocument {
  readonly uri: string;
  readonly version: number;
  readonly format = 'json';
  readonly root: SourceNode | undefined;
  readonly isFramework: boolean;
  readonly syntaxDiagnostics: Diagnostic[];
  readonly memo: Map<unknown, unknown>;
  readonly reparseBase: { readonly values: number } | undefined;
  /** The value, once made (read by {@link valueIfMade}). */
  made: { value: unknown } | undefined;

  constructor(
    readonly textDocument: TextDocument,
    readonly text: string,
    parsed: ParsedJson,
  ) {
    const { values } = parsed;
    this.uri = textDocument.uri;
    this.version = textDocument.version;
    this.root = parsed.root;
    this.isFramework = parsed.isFramework;
    this.syntaxDiagnostics = parsed.syntaxDiagnostics;
    this.made = parsed.value;
    this.memo = values !== undefined ? rememberValueCount(new Map(), values) : new Map();
    this.reparseBase = parsed.reparsable && values !== undefined ? { values } : undefined;
  }

  get value(): unknown {
    this.made ??= { value: valueOfTree(this.root) };
    return this.made.value;
  }

  stringOffset(node: SourceNode, index: number): number {
    return jsonStringOffset(this.text, node, index);
  }

  /** Every escape is longer than the character it stands for: a string token two quotes longer than its value has none. */
  verbatimOffset(node: SourceNode, length: number): number {
    return node.type === 'string' && node.length === length + 2 ? node.offset + 1 : -1;
  }
}

/** The value of `doc` if it was made yet (undefined: not made, or not a JSON document): the re-parse of an edit changes it rather than make it anew. */
export function valueIfMade(doc: FrameworkDocument): { value: unknown } | undefined {
  return doc instanceof JsonDocument ? doc.made : undefined;
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
