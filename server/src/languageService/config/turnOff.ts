/**
 * The quick fix "Turn off `<code>` in .nsxframework.json": a workspace edit that creates the configuration file
 * with the rule off, or sets the rule to "off" in the existing file with jsonc-parser's `modify` (comments and
 * layout kept). Pure: the server passes the configuration's URI and text in.
 */
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parse as parseJsonc,
  parseTree,
  type FormattingOptions,
  type JSONPath,
} from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../diagnostic';
import { indentUnit, minimalEdit } from '../features/codeActions/edits';
import { CONFIG_FILE_NAME, CONFIGURABLE_CODES } from './codes';
import { parseConfig } from './parse';
import { matchingOverrides } from './resolve';

/** Where the fix writes: the configuration file in effect, or where a new one goes (`text` undefined). */
export interface ConfigTarget {
  uri: string;
  /** The file's current text (an open editor's, else the disk's); undefined when there is no file yet. */
  text: string | undefined;
}

/** The title of the fix for a code. */
export const turnOffTitle = (code: string): string => `Turn off \`${code}\` in ${CONFIG_FILE_NAME}`;

/**
 * One "Turn off" action per configurable code among the findings (not preferred, never part of "Fix all").
 * None when the configuration's JSON is broken: editing it blindly could make it worse.
 */
export function turnOffActions(fileUri: string, diagnostics: readonly Diagnostic[], target: ConfigTarget): CodeAction[] {
  const byCode = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const code = typeof d.code === 'string' ? d.code : undefined;
    if (d.source !== DIAGNOSTIC_SOURCE || !code || !Object.hasOwn(CONFIGURABLE_CODES, code)) continue;
    byCode.set(code, [...(byCode.get(code) ?? []), d]);
  }
  const actions: CodeAction[] = [];
  for (const [code, found] of byCode) {
    const edit = turnOffEdit(fileUri, code, target);
    if (edit) actions.push({ title: turnOffTitle(code), kind: CodeActionKind.QuickFix, diagnostics: found, edit });
  }
  return actions;
}

/** The edit that turns `code` off for the file, or undefined when the configuration cannot be edited safely. */
export function turnOffEdit(fileUri: string, code: string, target: ConfigTarget): WorkspaceEdit | undefined {
  const newText = `{\n  "rules": {\n    ${JSON.stringify(code)}: "off"\n  }\n}\n`;
  if (target.text === undefined) {
    return {
      documentChanges: [
        { kind: 'create', uri: target.uri, options: { overwrite: false, ignoreIfExists: true } },
        {
          textDocument: { uri: target.uri, version: null },
          edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }],
        },
      ],
    };
  }
  const document = TextDocument.create(target.uri, 'jsonc', 0, target.text);
  const config = parseConfig(document);
  if (config.broken) return undefined;
  const text = target.text;
  if (text.trim() === '') {
    return { changes: { [target.uri]: [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText }] } };
  }
  const unit = indentUnit(text);
  const formattingOptions = {
    insertSpaces: !unit.startsWith('\t'),
    tabSize: unit.startsWith('\t') ? 4 : unit.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  const value = (parseJsonc(text, [], { allowTrailingComma: true, disallowComments: false }) ?? {}) as ConfigValue;
  // The rule's place in `rules`, and in each override that matches the file and sets it (it would turn it back on).
  const places: { path: JSONPath; setting: unknown }[] = [{ path: ['rules', code], setting: value.rules?.[code] }];
  for (const i of matchingOverrides(config, fileUri)) {
    const { index } = config.overrides[i];
    const setting = value.overrides?.[index]?.rules?.[code];
    if (setting !== undefined) places.push({ path: ['overrides', index, 'rules', code], setting });
  }
  let current = text;
  for (const { path, setting } of places) {
    // An object setting keeps its options: only its severity becomes "off".
    const at = setting && typeof setting === 'object' && !Array.isArray(setting) ? [...path, 'severity'] : path;
    const next = setOff(current, at, unit, formattingOptions);
    if (next === undefined) return undefined;
    current = next;
  }
  if (current === text) return undefined;
  // One edit of the changed span, so the edits never overlap whatever `modify` did.
  const changed = minimalEdit(text, current);
  const edit: TextEdit = {
    range: { start: document.positionAt(changed.start), end: document.positionAt(changed.end) },
    newText: changed.newText,
  };
  return { changes: { [target.uri]: [edit] } };
}

/**
 * The text with the value at `path` set to "off": an existing value is replaced (`modify`); a new property goes
 * after the last one of its object, on a line of its own after that property's trailing comment (`modify` would put
 * it before the comment, which then reads as the new rule's), or on the same line in an object written on one line.
 */
function setOff(text: string, path: JSONPath, unit: string, formattingOptions: FormattingOptions): string | undefined {
  try {
    const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    if (!root || root.type !== 'object') return undefined;
    if (findNodeAtLocation(root, path)) return applyEdits(text, modify(text, path, 'off', { formattingOptions }));
    // The deepest existing object on the path, and what goes into it.
    let depth = path.length - 1;
    while (depth > 0 && !findNodeAtLocation(root, path.slice(0, depth))) depth--;
    const owner = depth === 0 ? root : findNodeAtLocation(root, path.slice(0, depth));
    if (owner?.type !== 'object') return applyEdits(text, modify(text, path, 'off', { formattingOptions }));
    let value: unknown = 'off';
    for (let k = path.length - 1; k > depth; k--) value = { [path[k]]: value };
    const last = owner.children?.at(-1);
    if (!last) return applyEdits(text, modify(text, path, 'off', { formattingOptions }));
    const key = JSON.stringify(String(path[depth]));
    const valueEnd = last.offset + last.length;
    const close = owner.offset + owner.length - 1;
    if (!text.slice(owner.offset, close).includes('\n')) {
      return text.slice(0, valueEnd) + `, ${key}: ${JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ')}` + text.slice(valueEnd);
    }
    const lineEnd = text.slice(valueEnd).search(/\r?\n/);
    if (lineEnd < 0) return applyEdits(text, modify(text, path, 'off', { formattingOptions }));
    const rest = text.slice(valueEnd, valueEnd + lineEnd);
    const m = /^(\s*)(,?)(\s*(\/\/.*|\/\*.*\*\/\s*)?)$/.exec(rest);
    if (!m) return applyEdits(text, modify(text, path, 'off', { formattingOptions }));
    const lineStart = text.lastIndexOf('\n', last.offset) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const laid = JSON.stringify(value, null, unit).replace(/\n/g, formattingOptions.eol + indent);
    const insertAt = valueEnd + lineEnd;
    const comma = m[2] ? '' : ',';
    return (
      text.slice(0, valueEnd) +
      comma +
      text.slice(valueEnd, insertAt) +
      `${formattingOptions.eol}${indent}${key}: ${laid}` +
      text.slice(insertAt)
    );
  } catch {
    return undefined; // modify refuses a path through a value of another type
  }
}

interface ConfigValue {
  rules?: Record<string, unknown>;
  overrides?: { rules?: Record<string, unknown> }[];
}
