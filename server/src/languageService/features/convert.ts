/** "Convert to Markdown" / "Convert to JSON": the other form of a parsed framework document (docs/format.md#the-markdown-form). */
import type { FrameworkDocument } from '../model';
import { ConversionError, toMarkdown } from '../convert/toMarkdown';
import { toJson } from '../convert/toJson';

export type ConvertTarget = 'markdown' | 'json';

export type ConvertResult = { text: string } | { error: string };

/** Codes of parse problems after which the value is incomplete, so a conversion would lose text. */
const BLOCKING = new Set(['json-syntax', 'markdown-front-matter', 'markdown-missing-front-matter']);

/** Converts a framework document to `target` (the other form); explains instead when it cannot. */
export function convertDocument(doc: FrameworkDocument, target: ConvertTarget): ConvertResult {
  const from: ConvertTarget = doc.format === 'markdown' ? 'markdown' : 'json';
  if (from === target) return { error: `The file is already framework ${target === 'json' ? 'JSON' : 'Markdown'}` };
  const blocking = doc.syntaxDiagnostics.find((d) => BLOCKING.has(String(d.code)));
  if (blocking) {
    return { error: `Fix the file's syntax first (line ${blocking.range.start.line + 1}: ${blocking.message})` };
  }
  try {
    return { text: target === 'markdown' ? toMarkdown(doc.value) : toJson(doc.value) };
  } catch (error) {
    if (error instanceof ConversionError) return { error: error.message };
    throw error;
  }
}
