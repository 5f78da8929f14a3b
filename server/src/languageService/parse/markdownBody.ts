/**
 * The Markdown body → `framework.contextCovered`, `framework.levels`, `aiFluency` and `durableSkills` in the
 * shared tree, and the Markdown-specific findings: headings that are no section, out of order or repeated,
 * statements outside a level, a title that differs from `occupation.title`.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { SourceNode } from '../model';
import { DURABLE_LEVELS, LEVELS, type LevelInfo } from '../../../../common/catalog/levels';
import { closest } from '../util/didYouMean';
import { append, container, extendTo, property, propertyValue, type OffsetMaps, type SourceText } from './markdownNodes';
import type { Block, HeadingBlock } from './markdownBlockTypes';
import { citedStatementNode } from './markdownStatement';
import { writable } from './writableNode';

export interface Finding {
  start: number;
  end: number;
  code: string;
  message: string;
  severity: DiagnosticSeverity;
  data?: Record<string, unknown>;
}

export const AI_FLUENCY_HEADING = 'AI fluency';
export const DURABLE_HEADING = 'Durable skills';
export const CONTEXT_PREFIX = 'Context covered:';

/** The `##` sections in their order. */
const SECTIONS = [...LEVELS.map((l) => l.label), AI_FLUENCY_HEADING, DURABLE_HEADING];

/** Where the statements of the current list go. */
type Target = { array: SourceNode; cited: boolean } | 'outside' | 'unknown';

/** Tracks the headings met at one depth, to report repeats and order. */
class Order {
  private readonly seen: { index: number; label: string }[] = [];

  /** Returns the finding for this heading, if it is repeated or out of order. */
  check(h: HeadingBlock, index: number, label: string, marks: string): Finding | undefined {
    const range = { start: h.text.offsetAt(0), end: h.text.end };
    if (this.seen.some((s) => s.index === index)) {
      return {
        ...range,
        code: 'markdown-heading-repeated',
        message: `"${marks} ${label}" appears more than once; only the last one counts`,
        severity: DiagnosticSeverity.Warning,
        data: { label },
      };
    }
    const later = this.seen.find((s) => s.index > index);
    this.seen.push({ index, label });
    if (later) {
      return {
        ...range,
        code: 'markdown-heading-order',
        message: `"${marks} ${label}" must come before "${marks} ${later.label}"`,
        severity: DiagnosticSeverity.Warning,
        data: { label, before: later.label },
      };
    }
    return undefined;
  }
}

export function buildBody(root: SourceNode, blocks: Block[], bodyStart: number, maps: OffsetMaps, findings: Finding[]): void {
  let framework = propertyValue(root, 'framework');
  const frameworkObject = (): SourceNode | undefined => {
    if (!framework) {
      framework = track(container('object', bodyStart, 0));
      append(root, track(property('framework', bodyStart, 0, framework)));
    }
    return framework.type === 'object' ? framework : undefined;
  };
  const bodyNodes = new Set<SourceNode>();
  const track = <T extends SourceNode>(n: T): T => (bodyNodes.add(n), n);

  let levels: SourceNode | undefined;
  let ai: SourceNode | undefined; // aiFluency.levels
  let durable: SourceNode | undefined; // durableSkills
  let domainLevels: SourceNode | undefined; // durableSkills[i].levels
  let section: 'none' | 'level' | 'ai' | 'durable' | 'unknown' = 'none';
  let target: Target = 'outside';
  let title: HeadingBlock | undefined;
  const sectionOrder = new Order();
  let subOrder = new Order();
  let durableOrder = new Order();

  let context = false;
  /** Text the framework has no place for: the JSON form would not keep it. */
  const stray = (start: number, end: number) => {
    if (section === 'unknown') return; // under a heading already reported
    findings.push({
      start,
      end,
      code: 'markdown-stray-text',
      message:
        'This text is not part of the framework (only headings, numbered statements and the "Context covered:" paragraph are): Convert to JSON leaves it out',
      severity: DiagnosticSeverity.Warning,
    });
  };
  const heading = (h: HeadingBlock, msg: string, suggestions: string[] = []) => {
    findings.push({
      start: h.text.offsetAt(0),
      end: h.text.end,
      code: 'markdown-heading',
      message: msg + didYouMean(suggestions),
      severity: DiagnosticSeverity.Error,
      data: { suggestions },
    });
    target = 'unknown';
  };
  const listAt = (h: HeadingBlock): SourceNode => track(container('array', h.lineEnd, 0));
  const keyed = (parent: SourceNode, key: string, h: HeadingBlock, value: SourceNode) =>
    append(parent, track(property(key, h.text.offsetAt(0), h.text.end - h.text.offsetAt(0), value)));

  for (const block of blocks) {
    if (block.kind === 'heading') {
      const h = block;
      const name = h.text.value.trim();
      if (h.depth === 1) {
        title ??= h;
        continue;
      }
      if (h.depth === 2) {
        const index = SECTIONS.findIndex((s) => s.toLowerCase() === name.toLowerCase());
        if (index < 0) {
          section = 'unknown';
          heading(
            h,
            `"## ${name}" is not a section of a framework: use ${SECTIONS.map((s) => `"## ${s}"`).join(', ')}`,
            closest(name, SECTIONS),
          );
          continue;
        }
        const order = sectionOrder.check(h, index, SECTIONS[index], '##');
        if (order) findings.push(order);
        subOrder = new Order();
        target = 'outside';
        if (index < LEVELS.length) {
          section = 'level';
          const fw = frameworkObject();
          if (!fw) continue;
          if (!levels) {
            levels = track(container('object', h.lineStart, 0));
            append(fw, track(property('levels', h.lineStart, h.lineEnd - h.lineStart, levels)));
          }
          const list = listAt(h);
          const label = h.text.stringNode(0, h.text.value.length, maps);
          const level = track(
            container('object', h.text.offsetAt(0), h.text.end - h.text.offsetAt(0), [
              property('label', label.offset, 0, label),
              track(property('statements', list.offset, 0, list)),
            ]),
          );
          keyed(levels, LEVELS[index].key, h, level);
          target = { array: list, cited: false };
        } else if (index === LEVELS.length) {
          section = 'ai';
          ai = track(container('object', h.lineEnd, 0));
          const value = track(container('object', h.text.offsetAt(0), 0, [track(property('levels', h.lineEnd, 0, ai))]));
          keyed(root, 'aiFluency', h, value);
        } else {
          section = 'durable';
          durable = track(container('array', h.lineEnd, 0));
          keyed(root, 'durableSkills', h, durable);
        }
        continue;
      }
      if (h.depth === 3 && section === 'ai' && ai) {
        addLevel(h, name, LEVELS, ai, subOrder, '###');
        continue;
      }
      if (h.depth === 3 && section === 'durable' && durable) {
        const domain = h.text.stringNode(0, h.text.value.length, maps);
        domainLevels = track(container('object', h.lineEnd, 0));
        const entry = track(
          container('object', h.text.offsetAt(0), h.text.end - h.text.offsetAt(0), [
            property('domain', domain.offset, 0, domain),
            track(property('levels', h.lineEnd, 0, domainLevels)),
          ]),
        );
        append(durable, entry);
        durableOrder = new Order();
        target = 'outside';
        continue;
      }
      if (h.depth === 4 && section === 'durable' && domainLevels) {
        addLevel(h, name, DURABLE_LEVELS, domainLevels, durableOrder, '####');
        continue;
      }
      if (section === 'unknown') continue; // its heading is reported already
      const where =
        section === 'none'
          ? 'before the first level'
          : section === 'level'
            ? 'inside a level'
            : section === 'ai'
              ? `under "## ${AI_FLUENCY_HEADING}"`
              : `under "## ${DURABLE_HEADING}"`;
      heading(h, `A level-${h.depth} heading has no place ${where}: a framework's headings are its levels, AI fluency and durable skills`);
      continue;
    }

    if (block.kind === 'other') {
      stray(block.start, block.end);
      continue;
    }

    if (block.kind === 'paragraph') {
      const text = block.text;
      if (section === 'none' && !context && text.value.startsWith(CONTEXT_PREFIX)) {
        context = true;
        const fw = frameworkObject();
        const from = CONTEXT_PREFIX.length + /^[ \t]*/.exec(text.value.slice(CONTEXT_PREFIX.length))![0].length;
        const value = text.stringNode(from, text.value.length, maps);
        if (fw) append(fw, property('contextCovered', text.offsetAt(0), CONTEXT_PREFIX.length, value));
      } else if (section !== 'unknown') {
        stray(text.offsetAt(0), text.end);
      }
      continue;
    }

    for (const item of block.items) {
      if (typeof target === 'object') {
        append(target.array, target.cited ? citedStatementNode(item, maps) : item.stringNode(0, item.value.length, maps));
      } else if (target === 'outside') {
        findings.push({
          start: item.offsetAt(0),
          end: Math.max(item.end, item.offsetAt(0)),
          code: 'markdown-statement-outside-level',
          message: 'This statement is outside any level: put it under a level heading such as "## Emerging"',
          severity: DiagnosticSeverity.Warning,
        });
      }
    }
  }

  if (title) checkTitle(root, title.text, findings);
  finalize(root, bodyNodes);

  function addLevel(h: HeadingBlock, name: string, known: readonly LevelInfo[], parent: SourceNode, order: Order, marks: string): void {
    const index = known.findIndex((l) => l.label.toLowerCase() === name.toLowerCase());
    if (index < 0) {
      const labels = known.map((l) => l.label);
      heading(h, `"${marks} ${name}" is not a level: use ${labels.map((l) => `"${marks} ${l}"`).join(', ')}`, closest(name, labels));
      return;
    }
    const found = order.check(h, index, known[index].label, marks);
    if (found) findings.push(found);
    const list = listAt(h);
    keyed(parent, known[index].key, h, list);
    target = { array: list, cited: true };
  }
}

function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? `. Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
}

function checkTitle(root: SourceNode, title: SourceText, findings: Finding[]): void {
  const expected = propertyValue(propertyValue(root, 'occupation'), 'title');
  const found = title.value.trim();
  if (expected?.type !== 'string' || expected.value === found) return;
  findings.push({
    start: title.offsetAt(0),
    end: title.end,
    code: 'markdown-title',
    message: `The title "${found}" differs from occupation.title "${expected.value}"`,
    severity: DiagnosticSeverity.Warning,
    data: { expected: expected.value },
  });
}

/** Widens the containers and properties the body made to cover their children (front-matter nodes keep their ranges). */
function finalize(node: SourceNode, bodyNodes: Set<SourceNode>): void {
  const children = node.children;
  if (!children?.length) return;
  // A node without children has nothing to widen: the statements (most nodes) are not visited.
  for (let i = 0; i < children.length; i++) if (children[i].children?.length) finalize(children[i], bodyNodes);
  if (!bodyNodes.has(node)) return;
  const last = children[children.length - 1];
  if (node.type === 'array' && node.length === 0) writable(node).offset = children[0].offset;
  extendTo(node, last.offset + last.length);
}
