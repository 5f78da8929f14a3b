/**
 * Limits that keep the editor responsive on hostile or huge files.
 *
 * - `maxFileSize` (characters): a longer file is not parsed at all; it gets one `file-too-large` notice.
 * - `maxItemsComputed` (values): a framework holding more values than this gets its syntax checked only,
 *   plus one `file-too-large` notice (like `json.maxItemsComputed`, which caps outline and folding work).
 * - {@link MAX_NESTING}: a file nesting values deeper than this is not parsed (the parser and every tree
 *   walk would recurse that deep); it gets one `nesting-too-deep` notice. Framework files nest 7 deep.
 * - {@link MAX_SYNTAX_ERRORS}: a file of junk yields at most this many syntax errors.
 * - {@link MAX_PROBLEMS}: at most this many problems are listed for one file, errors first (`too-many-problems` says so).
 */
import type { ParseError } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, makeDiagnostic } from './diagnostic';
import { memoize, type FrameworkDocument, type FrameworkFormat, type SourceNode } from './model';

export interface LimitSettings {
  /** Longest text, in characters (UTF-16 code units: bytes for ASCII text), that is parsed and checked. */
  maxFileSize?: number;
  /** Most values (strings, numbers, objects, lists, …) a framework may hold for the full checks. */
  maxItemsComputed?: number;
}

/**
 * 6,000,000 characters: a 5 MB framework (about 20,000 statements with every section) is checked by default, in
 * about the time VS Code's JSON service takes to validate it; a longer file is declined at once (the figures behind
 * both limits are in bench/README.md, "Limits and engine notes").
 */
export const DEFAULT_MAX_FILE_SIZE = 6_000_000;
/**
 * 75,000 values: a 5 MB framework of about 20,000 statements holds 60,000. At this limit even the worst case (every
 * value an unknown O*NET name, a did-you-mean each) is checked in the server process in seconds: the editor stays
 * responsive, the findings come late. Beyond it only the syntax is checked.
 */
export const DEFAULT_MAX_ITEMS_COMPUTED = 75_000;
/** Deepest nesting that is parsed; the recursive JSON parser overflows the stack from about 5,000. */
export const MAX_NESTING = 256;
/** Most syntax errors reported for one file (the rest are counted in the last message). */
export const MAX_SYNTAX_ERRORS = 1000;
/** Most problems listed for one file: 50,000 one-word statements make 150,000, too many to send or show. */
export const MAX_PROBLEMS = 5000;

const count = (n: number): string => n.toLocaleString('en-US');

/** The one notice of a file longer than `maxFileSize`: nothing else is checked. */
export function fileTooLargeNotice(doc: TextDocument, size: number, limit: number): Diagnostic {
  // On the first character, without `positionAt`: that would index every line of a 50 MB text.
  const first = doc.getText().charCodeAt(0);
  const width = first === 0x0a || first === 0x0d ? 0 : 1;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: width } },
    severity: DiagnosticSeverity.Information,
    code: 'file-too-large',
    source: DIAGNOSTIC_SOURCE,
    message:
      `This file has ${count(size)} characters, more than nsxFramework.maxFileSize (${count(limit)}), so it is not checked. ` +
      'Raise nsxFramework.maxFileSize to check it.',
    data: { setting: 'nsxFramework.maxFileSize', limit, size },
  };
}

/** The one notice of a framework holding more than `maxItemsComputed` values: only its syntax is checked. */
export function tooManyItemsNotice(doc: TextDocument, items: number, limit: number): Diagnostic {
  return notice(
    doc,
    0,
    'file-too-large',
    `This file holds ${count(items)} values, more than nsxFramework.maxItemsComputed (${count(limit)}), so only its JSON syntax ` +
      'is checked: no schema, statement or reference checks. Raise nsxFramework.maxItemsComputed to check everything.',
    { setting: 'nsxFramework.maxItemsComputed', limit, items },
  );
}

/** The notice that only {@link MAX_PROBLEMS} of `total` problems are listed (every error among them). */
export function tooManyProblemsNotice(doc: TextDocument, total: number): Diagnostic {
  return notice(
    doc,
    0,
    'too-many-problems',
    `This file has ${count(total)} problems; only ${count(MAX_PROBLEMS)} are listed: every error, then the first others in the file. ` +
      'Fix those (or turn codes off in nsxFramework.severity) to see the rest.',
    { limit: MAX_PROBLEMS, total },
  );
}

/** The one notice of a file nested deeper than {@link MAX_NESTING}, placed at the bracket that goes too deep. */
export function nestingTooDeepNotice(doc: TextDocument, offset: number): Diagnostic {
  return notice(
    doc,
    offset,
    'nesting-too-deep',
    `Values are nested more than ${MAX_NESTING} levels deep here (a framework file nests at most 7), so the file is not checked.`,
    { limit: MAX_NESTING },
  );
}

function notice(doc: TextDocument, offset: number, code: string, message: string, data: Record<string, unknown>): Diagnostic {
  const end = Math.min(offset + 1, doc.getText().length);
  return makeDiagnostic(doc, offset, end, code, message, DiagnosticSeverity.Information, data);
}

/**
 * The offset of the first `{` or `[` that opens nesting level `maxDepth + 1`, or -1 when the text stays
 * within `maxDepth`. A plain loop (no recursion, no tokens), skipping strings and comments.
 */
export function findExcessNesting(text: string, maxDepth = MAX_NESTING): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a || d === 0x0d) break; // an unclosed string ends at the line end
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

// The client asks this too (whether to show the preview button), so it lives in the shared module.
export { hasFrameworkKeys } from '../../../common/frameworkKeys';

/** A document the limits keep us from parsing: no tree, no value; its only finding is the notice. */
export function declinedDocument(
  textDocument: TextDocument,
  format: FrameworkFormat,
  isFramework: boolean,
  noticeDiagnostic: Diagnostic,
): FrameworkDocument {
  return {
    uri: textDocument.uri,
    version: textDocument.version,
    format,
    textDocument,
    root: undefined,
    value: undefined,
    isFramework,
    syntaxDiagnostics: [noticeDiagnostic],
    stringOffset: (node, index) => node.offset + index,
    text: textDocument.getText(),
    verbatimOffset: () => -1,
    memo: new Map(),
  };
}

/** The number of values in the document's tree (objects, lists, strings, numbers, booleans, nulls), once per version. */
export const countValues = (doc: FrameworkDocument): number => memoize(doc, valuesIn);

/** A memo holding the value count a parser found while parsing, so {@link countValues} needs no walk. */
export function rememberValueCount(memo: Map<unknown, unknown>, values: number): Map<unknown, unknown> {
  memo.set(valuesIn, values);
  return memo;
}

function valuesIn(doc: FrameworkDocument): number {
  let n = 0;
  const stack: SourceNode[] = doc.root ? [doc.root] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'property') n++;
    else if (node.children?.[1]) stack.push(node.children[1]); // the key is a name, not a value
    if (node.type !== 'property' && node.children) for (const c of node.children) stack.push(c);
  }
  return n;
}

/**
 * A `ParseError[]` that keeps only the first `limit` errors: jsonc-parser pushes one error per bad token,
 * five million for five megabytes of commas. `dropped` counts the rest.
 */
export class BoundedErrors extends Array<ParseError> {
  dropped = 0;
  constructor(private readonly limit = MAX_SYNTAX_ERRORS) {
    super();
  }
  override push(...items: ParseError[]): number {
    for (const item of items) {
      if (this.length < this.limit) super.push(item);
      else this.dropped++;
    }
    return this.length;
  }
  // Array methods such as `map` build new arrays through the species constructor; make them plain arrays.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
}
