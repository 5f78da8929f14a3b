/**
 * Snippets of whole values, derived from the zod schema: a property's value skeleton with its required
 * properties (a level with its label and a first statement, a cited statement `{ "text": …, "cites": [] }`).
 */
import type { JSONPath } from 'jsonc-parser';
import { levelInfo } from '../../../../../common/catalog/levels';
import { schemaAt } from '../../schema/validate';
import { allowedValues, shapeOf, wrappedBy } from '../../schema/zodParts';
import { snippetText } from './items';

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
  let schema = schemaAt(path);
  if (!schema) return `$${stops.take()}`;
  let nullable = false;
  while (schema.type === 'optional' || schema.type === 'nullable' || schema.type === 'default') {
    const inner = wrappedBy(schema);
    if (!inner) break;
    nullable ||= schema.type === 'nullable';
    schema = inner;
  }
  const pad = '\t'.repeat(depth + 1);
  const close = '\t'.repeat(depth);
  switch (schema.type) {
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
      return snippetText(JSON.stringify(allowedValues(schema)?.[0]));
    case 'enum':
      return `"\${${stops.take()}|${(allowedValues(schema) ?? []).map((value) => choiceText(String(value))).join(',')}|}"`;
    case 'boolean':
      return `\${${stops.take()}|true,false|}`;
    case 'number':
      return nullable ? `\${${stops.take()}:null}` : `\${${stops.take()}:0}`;
    case 'array': {
      if (path[path.length - 1] === 'cites') return `[$${stops.take()}]`; // empty is valid; keys come by completion
      const element = [...path, 0];
      const elementSchema = schemaAt(element);
      if (elementSchema?.type === 'object' && Object.keys(shapeOf(elementSchema) ?? {}).join() === 'text,cites') {
        return `[\n${pad}${citedStatementSnippet(element, stops)}\n${close}]`;
      }
      if (elementSchema?.type === 'string') return `[${skeleton(element, stops, depth + 1)}]`;
      return `[$${stops.take()}]`;
    }
    case 'object': {
      const shape = shapeOf(schema) ?? {};
      const keys = Object.keys(shape).filter((key) => shape[key].type !== 'optional');
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
