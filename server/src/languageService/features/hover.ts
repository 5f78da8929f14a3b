/**
 * Hover: short Markdown about the thing under the cursor — a citation key, a cited statement, an O*NET
 * name, the Job Zone, a level, the SOC code. Works on the shared tree, so it serves both file formats.
 */
import { findNodeAtOffset } from 'jsonc-parser';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { ONET_LIST_CATEGORY, type OnetCategory } from '../catalog/onet';
import {
  collectCitationUses,
  collectStatements,
  lastChildAt,
  nodeAt,
  nodeAtOffset,
  pathOf,
  type FrameworkDocument,
  type JSONPath,
  type SourceNode,
  valueOfTree,
} from '../model';
import { citationHover, durableLevelHover, jobZoneHover, levelHover, onetHover, socHover, statementHover, taskHover } from './hoverContent';

/** The hover at a position, or undefined when there is nothing to say there. */
export function doHover(doc: FrameworkDocument, position: Position): Hover | undefined {
  if (!doc.isFramework || !doc.root) return undefined;
  const offset = doc.textDocument.offsetAt(position);
  // Markdown trees gather far-apart text under one parent, so only the JSON tree can be searched by range.
  const node = doc.format === 'json' ? findNodeAtOffset(doc.root, offset) : nodeAtOffset(doc, offset);
  if (!node || (node.type !== 'string' && node.type !== 'number' && node.type !== 'null' && node.type !== 'boolean')) {
    return undefined;
  }
  const markdown = hoverText(doc, node);
  if (!markdown) return undefined;
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: { start: doc.textDocument.positionAt(node.offset), end: doc.textDocument.positionAt(node.offset + node.length) },
  };
}

/** The Markdown for a value or property-key node, chosen by where the node stands in the framework. */
function hoverText(doc: FrameworkDocument, node: SourceNode): string | undefined {
  const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
  // For a key node the path is that of its property's value: ["citations", "safi-2026"].
  const path = pathOf(node);
  const at = (...pattern: (string | number | null)[]) => matches(path, pattern);

  if (isKey) {
    if (at('citations', null)) return citationHover(doc, String(node.value));
    if (at('framework', 'levels', null)) return levelHover(String(node.value));
    if (at('aiFluency', 'levels', null)) return levelHover(String(node.value), 'aiFluency');
    if (at('durableSkills', null, 'levels', null)) return durableLevelHover(String(node.value));
    if (at('occupation', 'jobZone')) return jobZoneHoverAt(doc);
    if (at('occupation', 'soc')) return socAt(doc);
    if (at(null, 'levels', null, null, 'text') || at('durableSkills', null, 'levels', null, null, 'text')) {
      return citedStatementAt(doc, node.parent?.children?.[1]);
    }
    return undefined;
  }

  const use = collectCitationUses(doc).find((u) => u.node === node);
  if (use) return citationHover(doc, use.key);
  const cited = citedStatementAt(doc, node);
  if (cited) return cited;
  if (at('onetEnrichment', 'tasks', null) && node.type === 'string') return taskHover(doc, node.value);
  if (at('onetEnrichment', null, null) && typeof path[1] === 'string' && ONET_LIST_CATEGORY[path[1]]) {
    return onetAt(node, ONET_LIST_CATEGORY[path[1]]);
  }
  if (at('evidencePack', 'safi', 'topSkill')) return onetAt(node, 'skill');
  if (at('occupation', 'jobZone')) return jobZoneHoverAt(doc);
  if (at('occupation', 'soc') && node.type === 'string') return socHover(node.value);
  if (at('framework', 'levels', null, 'label')) return levelHover(String(path[2]));
  return undefined;
}

/** Whether `path` has the shape of `pattern` (`null` matches any one segment). */
function matches(path: JSONPath, pattern: (string | number | null)[]): boolean {
  return path.length === pattern.length && pattern.every((p, i) => p === null || p === path[i]);
}

function citedStatementAt(doc: FrameworkDocument, textNode: SourceNode | undefined): string | undefined {
  if (!textNode) return undefined;
  const statement = collectStatements(doc).find((s) => s.textNode === textNode && s.kind !== 'core');
  return statement && statementHover(doc, statement);
}

function onetAt(node: SourceNode, category: OnetCategory): string | undefined {
  return node.type === 'string' ? onetHover(node.value, category) : undefined;
}

/**
 * The Job Zone as the document's value has it, read from the tree: the value of a file is made only when something
 * needs all of it. Of repeated keys the last with a value counts, as in the value.
 */
function jobZoneHoverAt(doc: FrameworkDocument): string {
  const occupation = lastChildAt(doc.root, 'occupation');
  const field = (key: string) => valueOfTree(lastChildAt(occupation, key));
  return jobZoneHover(field('jobZone'), field('jobZoneInferred'));
}

function socAt(doc: FrameworkDocument): string | undefined {
  const soc = nodeAt(doc, ['occupation', 'soc']);
  return soc?.type === 'string' ? socHover(soc.value) : undefined;
}
