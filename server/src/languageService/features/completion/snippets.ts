/**
 * Snippets of whole values, derived from the zod schema: a property's value skeleton with its required
 * properties (a level with its label and a first statement, a cited statement `{ "text": …, "cites": [] }`).
 */
import type { JSONPath } from 'jsonc-parser';
import { levelInfo } from '../../catalog/levels';
import { schemaAt } from '../../schema/validate';
import { snippetText } from './items';

interface Def {
  type: string;
  innerType?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  values?: unknown[];
  entries?: Record<string, string>;
}
// zod 4 keeps each schema's definition on `_zod.def` (the same reading schema/validate.ts does).
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Tab-stop numbering for one snippet. */
class TabStops {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/** A snippet for the value at `path` (indented one tab per nesting level; VS Code re-indents it). */
export function valueSnippet(path: JSONPath): string {
  return skeleton(path, new TabStops(), 0);
}

/** A cited statement on one line; durable-skill statements end without a period (docs/format.md#statements). */
export function citedStatementSnippet(path: JSONPath, stops = new TabStops()): string {
  const period = path[0] === 'durableSkills' ? '' : '.';
  return `{ "text": "\${${stops.take()}:Headline — body${period}}", "cites": [$${stops.take()}] }`;
}

function skeleton(path: JSONPath, stops: TabStops, depth: number): string {
  const schema = schemaAt(path);
  if (!schema) return `$${stops.take()}`;
  let def = defOf(schema);
  let nullable = false;
  while ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
    nullable ||= def.type === 'nullable';
    def = defOf(def.innerType);
  }
  const pad = '\t'.repeat(depth + 1);
  const close = '\t'.repeat(depth);
  switch (def.type) {
    case 'string': {
      const last = path[path.length - 1];
      if (last === 'label' && path.length === 4 && path[1] === 'levels') {
        const level = levelInfo(String(path[2]));
        if (level) return JSON.stringify(level.label);
      }
      if (isStatementPath(path)) return `"\${${stops.take()}:Headline — body.}"`;
      return `"$${stops.take()}"`;
    }
    case 'literal':
      return snippetText(JSON.stringify(def.values?.[0]));
    case 'enum':
      return `"\${${stops.take()}|${Object.values(def.entries ?? {}).map(choiceText).join(',')}|}"`;
    case 'boolean':
      return `\${${stops.take()}|true,false|}`;
    case 'number':
      return nullable ? `\${${stops.take()}:null}` : `\${${stops.take()}:0}`;
    case 'array': {
      if (path[path.length - 1] === 'cites') return `[$${stops.take()}]`; // empty is valid; keys come by completion
      const element = [...path, 0];
      const elementDef = defOf(schemaAt(element));
      if (elementDef.type === 'object' && Object.keys(elementDef.shape ?? {}).join() === 'text,cites') {
        return `[\n${pad}${citedStatementSnippet(element, stops)}\n${close}]`;
      }
      if (elementDef.type === 'string') return `[${skeleton(element, stops, depth + 1)}]`;
      return `[$${stops.take()}]`;
    }
    case 'object': {
      const keys = Object.keys(def.shape ?? {}).filter((key) => defOf(def.shape![key]).type !== 'optional');
      if (keys.length === 0) return `{$${stops.take()}}`;
      const lines = keys.map((key) => `${pad}"${key}": ${skeleton([...path, key], stops, depth + 1)}`);
      return `{\n${lines.join(',\n')}\n${close}}`;
    }
    default:
      return `{$${stops.take()}}`;
  }
}

/** Whether the path is a core statement: `framework.levels.<level>.statements[i]`. */
function isStatementPath(path: JSONPath): boolean {
  return path.length === 5 && path[0] === 'framework' && path[3] === 'statements';
}

/** Escapes a value for a snippet choice `${1|a,b|}`. */
function choiceText(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&');
}
