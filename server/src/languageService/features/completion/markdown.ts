/**
 * Completion in framework Markdown: section headings (`## ` the missing levels in order, `### ` the domains
 * or AI-fluency levels, `#### ` the durable levels), citation keys after `[@`, and O*NET names in the
 * front matter's `onetEnrichment` lists (and `evidencePack.safi.topSkill`).
 */
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import { collectCitationDefinitions, nodeAt, type FrameworkDocument } from '../../model';
import { BUILTIN_CITATIONS } from '../../catalog/citations';
import { DURABLE_DOMAINS, DURABLE_LEVELS, LEVELS } from '../../../../../common/catalog/levels';
import { ONET_CATEGORY_NAMES, ONET_LIST_CATEGORY, onetNames, type OnetCategory } from '../../catalog/onet';
import { layoutOf } from '../../parse/markdown';
import { AI_FLUENCY_HEADING, DURABLE_HEADING } from '../../parse/markdownBody';
import { lineText } from '../../parse/markdownNodes';
import { lineStarts } from '../../util/textDocument';
import { yamlString } from '../../convert/yaml';

const SECTIONS = [...LEVELS.map((l) => l.label), AI_FLUENCY_HEADING, DURABLE_HEADING];

/** Completion items at `position` in a framework Markdown document, or undefined where we offer none. */
export function provideMarkdownCompletion(doc: FrameworkDocument, position: Position): CompletionItem[] | undefined {
  if (doc.format !== 'markdown' || !doc.isFramework) return undefined;
  const text = doc.textDocument.getText();
  const starts = lineStarts(text);
  const lines = starts.map((_, n) => lineText(text, starts, n));
  const line = lines[position.line] ?? '';
  const prefix = line.slice(0, position.character);
  const layout = layoutOf(text, starts);
  const inFrontMatter = layout.yaml !== undefined && position.line > 0 && position.line < layout.bodyLine - (layout.unclosed ? 0 : 1);
  const range = (from: number, to = position.character): Range => ({
    start: { line: position.line, character: from },
    end: { line: position.line, character: to },
  });

  if (inFrontMatter) return onetCompletion(doc, lines, position.line, prefix, line, range);

  const cite = /\[@([^\]\s]*)$/.exec(prefix);
  if (cite) {
    const rest = /^[^\]\s]*/.exec(line.slice(position.character))![0];
    const closed = line[position.character + rest.length] === ']';
    const keys = new Map<string, { label?: string; title?: string }>(BUILTIN_CITATIONS.map((c) => [c.key, c]));
    for (const [key, def] of collectCitationDefinitions(doc)) keys.set(key, def);
    return [...keys].map(([key, c], i) => ({
      label: key,
      kind: CompletionItemKind.Reference,
      detail: c.label,
      documentation: c.title,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: range(position.character - cite[1].length, position.character + rest.length), newText: closed ? key : `${key}]` },
    }));
  }

  const heading = /^(#{2,4})[ \t]+(.*)$/.exec(prefix);
  if (!heading || line.slice(position.character).trim()) return undefined;
  const depth = heading[1].length;
  const edit = range(prefix.length - heading[2].length, line.length);
  const offer = (labels: readonly string[], detail: string): CompletionItem[] =>
    labels.map((label, i) => ({
      label,
      kind: CompletionItemKind.Module,
      detail,
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: edit, newText: label },
    }));
  const headingsIn = (from: number, to: number, d: number) => {
    const found = new Set<string>();
    for (let n = from; n < to; n++) {
      const m = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(lines[n]);
      if (n !== position.line && m && m[1].length === d) found.add(m[2].toLowerCase());
    }
    return found;
  };
  /** The line of the nearest heading above of depth `d` (or shallower, which ends the search), and where its section ends. */
  const enclosing = (d: number): { line: number; title: string } | undefined => {
    for (let n = position.line - 1; n >= layout.bodyLine; n--) {
      const m = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(lines[n]);
      if (!m) continue;
      if (m[1].length === d) return { line: n, title: m[2] };
      if (m[1].length < d) return undefined;
    }
    return undefined;
  };
  const sectionEnd = (from: number, d: number) => {
    for (let n = from + 1; n < lines.length; n++) {
      const m = /^(#{1,6})[ \t]/.exec(lines[n]);
      if (m && m[1].length <= d && n !== position.line) return n;
    }
    return lines.length;
  };
  const missing = (labels: readonly string[], present: Set<string>) => labels.filter((l) => !present.has(l.toLowerCase()));

  if (depth === 2) return offer(missing(SECTIONS, headingsIn(layout.bodyLine, lines.length, 2)), 'Framework section');
  const h2 = enclosing(2);
  if (!h2) return undefined;
  const h2End = sectionEnd(h2.line, 2);
  if (depth === 3 && h2.title.toLowerCase() === DURABLE_HEADING.toLowerCase()) {
    return offer(missing(DURABLE_DOMAINS, headingsIn(h2.line, h2End, 3)), 'Durable-skill domain');
  }
  if (depth === 3 && h2.title.toLowerCase() === AI_FLUENCY_HEADING.toLowerCase()) {
    return offer(
      missing(
        LEVELS.map((l) => l.label),
        headingsIn(h2.line, h2End, 3),
      ),
      'AI-fluency level',
    );
  }
  if (depth === 4 && h2.title.toLowerCase() === DURABLE_HEADING.toLowerCase()) {
    const h3 = enclosing(3);
    if (!h3) return undefined;
    return offer(
      missing(
        DURABLE_LEVELS.map((l) => l.label),
        headingsIn(h3.line, sectionEnd(h3.line, 3), 4),
      ),
      `Durable level of ${h3.title}`,
    );
  }
  return undefined;
}

/** O*NET names for an item of `onetEnrichment.skills` (…) or for `topSkill:`; names already listed are left out. */
function onetCompletion(
  doc: FrameworkDocument,
  lines: string[],
  at: number,
  prefix: string,
  line: string,
  range: (from: number, to?: number) => Range,
): CompletionItem[] | undefined {
  let category: OnetCategory | undefined;
  let typed: string;
  let listed = new Set<string>();
  const top = /^[ \t]*topSkill:[ \t]*(.*)$/.exec(prefix);
  const item = /^([ \t]*)-[ \t]+(.*)$/.exec(prefix);
  if (top) {
    category = 'skill';
    typed = top[1];
  } else if (item) {
    typed = item[2];
    const indent = item[1].length;
    const key = parentKey(lines, at, indent);
    if (!key || !(key.name in ONET_LIST_CATEGORY) || parentKey(lines, key.line, key.indent - 1)?.name !== 'onetEnrichment')
      return undefined;
    category = ONET_LIST_CATEGORY[key.name];
    const list = nodeAt(doc, ['onetEnrichment', key.name]);
    listed = new Set(
      (list?.children ?? [])
        .filter(
          (n) =>
            n.type === 'string' &&
            !(
              n.offset <= doc.textDocument.offsetAt({ line: at, character: line.length }) &&
              n.offset >= doc.textDocument.offsetAt({ line: at, character: 0 })
            ),
        )
        .map((n) => n.value),
    );
  } else {
    return undefined;
  }
  const edit = range(prefix.length - typed.length, line.length);
  return onetNames(category)
    .filter((name) => !listed.has(name))
    .map((name, i) => ({
      label: name,
      kind: CompletionItemKind.Value,
      detail: ONET_CATEGORY_NAMES[category],
      sortText: String(i).padStart(3, '0'),
      filterText: name,
      textEdit: { range: edit, newText: yamlString(name) },
    }));
}

/** The `key:` line that owns line `at` (the nearest line above, indented at most `indent`, that is `key:` alone). */
function parentKey(lines: string[], at: number, indent: number): { name: string; line: number; indent: number } | undefined {
  for (let n = at - 1; n >= 0; n--) {
    const m = /^([ \t]*)([^\s:#-][^:#]*?):[ \t]*$/.exec(lines[n]);
    const lead = /^[ \t]*/.exec(lines[n])![0].length;
    if (!lines[n].trim() || (lead >= indent && !m) || lead > indent) continue;
    if (m && m[1].length <= indent) return { name: m[2].trim(), line: n, indent: m[1].length };
    if (lead < indent) return undefined;
  }
  return undefined;
}
