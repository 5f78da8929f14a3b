/**
 * Document symbols: a hierarchical outline of the framework — occupation, levels with their statements
 * (named by headline), AI fluency, durable-skill domains, citations, evidence pack and O*NET enrichment.
 */
import { findNodeAtLocation } from 'jsonc-parser';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { propertiesOf, type FrameworkDocument, type SourceNode } from '../../model';
import { durableLevelInfo, levelInfo } from '../../../../../common/catalog/levels';
import { splitStatement } from '../../statement';

const SECTION_NAMES: Record<string, string> = {
  schemaVersion: 'Schema version',
  exportedAt: 'Exported at',
  occupation: 'Occupation',
  framework: 'Framework',
  sources: 'Sources',
  attribution: 'Attribution',
  citations: 'Citations',
  aiFluency: 'AI fluency',
  evidencePack: 'Evidence pack',
  durableSkills: 'Durable skills',
  onetEnrichment: 'O*NET enrichment',
};

const SUB_NAMES: Record<string, string> = {
  aeiUsage: 'AEI usage',
  safi: 'SAFI positioning',
  wefCluster: 'WEF cluster',
  relatedTitles: 'Related titles',
  rapidsApprenticeships: 'RAPIDS apprenticeships',
  skills: 'Skills',
  knowledge: 'Knowledge',
  abilities: 'Abilities',
  workStyles: 'Work styles',
  technology: 'Technology',
  tasks: 'Tasks',
  cipCodes: 'CIP codes',
};

/** The outline of a framework document. */
export function provideDocumentSymbols(doc: FrameworkDocument): DocumentSymbol[] {
  const range = (n: SourceNode): Range => ({
    start: doc.textDocument.positionAt(n.offset),
    end: doc.textDocument.positionAt(n.offset + n.length),
  });
  /** A symbol whose range always contains its selection range and its children (editors insist). */
  const symbol = (
    name: string,
    kind: SymbolKind,
    whole: SourceNode,
    select: SourceNode,
    detail?: string,
    children?: DocumentSymbol[],
  ): DocumentSymbol => {
    const nodes = [whole, select];
    const start = Math.min(...nodes.map((n) => n.offset), ...(children ?? []).map((c) => doc.textDocument.offsetAt(c.range.start)));
    const end = Math.max(...nodes.map((n) => n.offset + n.length), ...(children ?? []).map((c) => doc.textDocument.offsetAt(c.range.end)));
    const s: DocumentSymbol = {
      name: oneLine(name) || '(unnamed)',
      kind,
      range: range({ offset: start, length: end - start } as SourceNode),
      selectionRange: range(select),
    };
    if (detail) s.detail = oneLine(detail);
    if (children?.length) s.children = children;
    return s;
  };

  const statements = (list: SourceNode | undefined): DocumentSymbol[] =>
    (list?.type === 'array' ? (list.children ?? []) : []).flatMap((item) => {
      const textNode = item.type === 'string' ? item : findNodeAtLocation(item, ['text']);
      if (textNode?.type !== 'string') return [];
      const { headline, body } = splitStatement(textNode.value);
      return [symbol(headline.trim() || '(empty headline)', SymbolKind.String, item, textNode, body)];
    });

  const levels = (levelsNode: SourceNode | undefined, durable: boolean, listOf: (v: SourceNode) => SourceNode | undefined) =>
    propertiesOf(levelsNode).map((p) => {
      const [k, v] = p.children!;
      const info = durable ? durableLevelInfo(String(k.value)) : levelInfo(String(k.value));
      const items = v ? statements(listOf(v)) : [];
      return symbol(
        info?.label ?? String(k.value),
        SymbolKind.Namespace,
        p,
        k,
        `${items.length} statement${items.length === 1 ? '' : 's'}`,
        items,
      );
    });

  const plain = (v: SourceNode | undefined): string | undefined =>
    v && ['string', 'number', 'boolean', 'null'].includes(v.type) ? String(v.value) : undefined;

  const fields = (obj: SourceNode | undefined): DocumentSymbol[] =>
    propertiesOf(obj).map((p) => {
      const [k, v] = p.children!;
      const name = SUB_NAMES[String(k.value)] ?? String(k.value);
      if (v?.type === 'array') {
        const items = (v.children ?? []).filter((c) => c.type === 'string').map((c) => symbol(String(c.value), SymbolKind.String, c, c));
        const n = v.children?.length ?? 0;
        return symbol(name, SymbolKind.Array, p, k, `${n} item${n === 1 ? '' : 's'}`, items);
      }
      if (v?.type === 'object') return symbol(name, SymbolKind.Object, p, k, undefined, fields(v));
      return symbol(name, SymbolKind.Property, p, k, plain(v));
    });

  const section = (key: string, k: SourceNode, v: SourceNode | undefined, p: SourceNode): DocumentSymbol => {
    const name = SECTION_NAMES[key] ?? key;
    switch (key) {
      case 'occupation': {
        const soc = plain(v && findNodeAtLocation(v, ['soc']));
        const title = plain(v && findNodeAtLocation(v, ['title']));
        return symbol(name, SymbolKind.Class, p, k, [soc, title].filter(Boolean).join(' '), fields(v));
      }
      case 'framework':
        return symbol(
          name,
          SymbolKind.Module,
          p,
          k,
          plain(v && findNodeAtLocation(v, ['version'])),
          levels(v && findNodeAtLocation(v, ['levels']), false, (lv) => findNodeAtLocation(lv, ['statements'])),
        );
      case 'aiFluency':
        return symbol(
          name,
          SymbolKind.Module,
          p,
          k,
          undefined,
          levels(v && findNodeAtLocation(v, ['levels']), false, (lv) => lv),
        );
      case 'durableSkills': {
        const domains = (v?.type === 'array' ? (v.children ?? []) : []).map((entry) => {
          const domain = findNodeAtLocation(entry, ['domain']);
          return symbol(
            plain(domain) ?? 'Domain',
            SymbolKind.Namespace,
            entry,
            domain ?? entry,
            undefined,
            levels(findNodeAtLocation(entry, ['levels']), true, (lv) => lv),
          );
        });
        return symbol(name, SymbolKind.Module, p, k, `${domains.length} domain${domains.length === 1 ? '' : 's'}`, domains);
      }
      case 'citations': {
        const entries = propertiesOf(v).map((cp) => {
          const [ck, cv] = cp.children!;
          return symbol(String(ck.value), SymbolKind.Key, cp, ck, plain(cv && findNodeAtLocation(cv, ['label'])));
        });
        return symbol(name, SymbolKind.Object, p, k, undefined, entries);
      }
      default:
        return v?.type === 'object'
          ? symbol(name, SymbolKind.Object, p, k, undefined, fields(v))
          : symbol(name, SymbolKind.Property, p, k, plain(v));
    }
  };

  return propertiesOf(doc.root).map((p) => {
    const [k, v] = p.children!;
    return section(String(k.value), k, v, p);
  });
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? t.slice(0, 119) + '…' : t;
}
