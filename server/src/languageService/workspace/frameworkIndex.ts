/**
 * The workspace's frameworks by SOC code and title: what workspace symbols search and what the duplicate-SOC
 * check compares. Pure: the server (or the CLI) reads the files and feeds the index one parsed document at a time.
 */
import { DiagnosticSeverity, SymbolKind, type Diagnostic, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE } from '../diagnostic';
import { nodeAt, type FrameworkDocument } from '../model';
import { normalizeSoc } from '../schema/validate';
import { uriPath } from '../util/globs';
import type { DiagnosticsSettings } from '../features/diagnostics';
import { applySeverities } from '../features/diagnostics/codes';
import { compareText } from '../util/compareText';
import { ownString } from '../util/ownString';

/** What the index keeps of one framework file: a few strings and ranges, never the document. */
export interface FrameworkEntry {
  uri: string;
  /** The SOC code as written. */
  soc: string;
  /** The SOC code the comparison uses ("11-9179" and "11-9179.00" are the same occupation). */
  socKey: string;
  title: string;
  group?: string;
  /** The range of the `soc` value (what a duplicate-SOC warning and a symbol point at). */
  socRange: Range;
}

/** The index entry of a framework document; undefined when it is no framework or declares no SOC code. */
export function frameworkEntryOf(doc: FrameworkDocument): FrameworkEntry | undefined {
  if (!doc.isFramework) return undefined;
  const socNode = nodeAt(doc, ['occupation', 'soc']);
  if (socNode?.type !== 'string' || !String(socNode.value).trim()) return undefined;
  const soc = ownString(String(socNode.value));
  const text = (path: string[]) => {
    const n = nodeAt(doc, path);
    return n?.type === 'string' ? ownString(String(n.value)) : undefined;
  };
  const td = doc.textDocument;
  return {
    uri: doc.uri,
    soc,
    socKey: normalizeSoc(soc) ?? soc.trim(),
    title: text(['occupation', 'title']) ?? '',
    group: text(['occupation', 'group']),
    socRange: { start: td.positionAt(socNode.offset), end: td.positionAt(socNode.offset + socNode.length) },
  };
}

/** Frameworks of the workspace, by URI. */
export class FrameworkIndex {
  private readonly entries = new Map<string, FrameworkEntry>();
  /** URIs by SOC key, so finding a file's duplicates does not scan every entry (a scan per file is quadratic). */
  private readonly bySoc = new Map<string, Set<string>>();

  /** Sets (or, with `undefined`, removes) the entry of a file; returns whether the SOC code or title changed. */
  set(uri: string, entry: FrameworkEntry | undefined): boolean {
    const old = this.entries.get(uri);
    if (old) {
      const same = this.bySoc.get(old.socKey);
      same?.delete(uri);
      if (same?.size === 0) this.bySoc.delete(old.socKey);
    }
    if (entry) {
      this.entries.set(uri, entry);
      let same = this.bySoc.get(entry.socKey);
      if (!same) this.bySoc.set(entry.socKey, (same = new Set()));
      same.add(uri);
    } else this.entries.delete(uri);
    return old?.socKey !== entry?.socKey || old?.title !== entry?.title;
  }

  get(uri: string): FrameworkEntry | undefined {
    return this.entries.get(uri);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The other files that declare the same SOC code as `uri`, sorted by URI. A file's other form
   * (`x.framework.md` beside `x.framework.json`, as conversion writes it) is the same framework, not a duplicate.
   */
  duplicatesOf(uri: string): FrameworkEntry[] {
    const own = this.entries.get(uri);
    if (!own) return [];
    const stem = formStem(uri);
    return [...(this.bySoc.get(own.socKey) ?? [])]
      .map((u) => this.entries.get(u)!)
      .filter((e) => e.uri !== uri && formStem(e.uri) !== stem)
      .sort((a, b) => compareText(a.uri, b.uri));
  }

  /**
   * Frameworks whose SOC code or title matches `query`: as a substring (case-insensitive; "119179" finds
   * "11-9179.00"), else as a subsequence of "SOC title". Substring matches first, then by SOC code.
   */
  symbols(query: string, limit = 1000): SymbolInformation[] {
    const q = query.trim().toLowerCase();
    const qDigits = q.replace(/[^0-9]/g, '');
    const scored: { entry: FrameworkEntry; score: number }[] = [];
    for (const entry of this.entries.values()) {
      const haystack = `${entry.soc} ${entry.title}`.toLowerCase();
      let score = -1;
      if (!q || haystack.includes(q) || (qDigits.length >= 2 && qDigits === q && entry.soc.replace(/[^0-9]/g, '').startsWith(qDigits)))
        score = 0;
      else if (isSubsequence(q.replace(/\s+/g, ''), haystack)) score = 1;
      if (score >= 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => a.score - b.score || compareText(a.entry.socKey, b.entry.socKey) || compareText(a.entry.uri, b.entry.uri));
    return scored.slice(0, limit).map(({ entry }) => ({
      name: entry.title ? `${entry.soc} ${entry.title}` : entry.soc,
      kind: SymbolKind.Module,
      containerName: entry.group,
      location: { uri: entry.uri, range: entry.socRange },
    }));
  }
}

/** The URI without its `.json` / `.md` extension: the two forms of one framework share it. */
function formStem(uri: string): string {
  return uri.replace(/\.(json|md)$/i, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

/**
 * The `duplicate-soc` warning of a document: on its `soc` value, naming the other files that declare the
 * same SOC code (as paths relative to this file's folder), each also given as related information.
 */
export function duplicateSocDiagnostics(doc: FrameworkDocument, index: FrameworkIndex): Diagnostic[] {
  const own = frameworkEntryOf(doc);
  return own ? duplicateSocDiagnosticsOf(own, index) : [];
}

/**
 * Files a duplicate-SOC warning names in its message, and links to: enough to find them. Naming every file
 * made a folder of 1,000 copies a million links (and a message of 999 names on each).
 */
const NAMED_FILES = 3;
const LINKED_FILES = 50;

/** {@link duplicateSocDiagnostics} from a file's index entry alone (the CLI keeps entries, not documents). */
export function duplicateSocDiagnosticsOf(own: FrameworkEntry, index: FrameworkIndex): Diagnostic[] {
  const others = index.duplicatesOf(own.uri).filter((e) => e.socKey === own.socKey);
  if (!others.length) return [];
  const names = others.slice(0, NAMED_FILES).map((e) => relativeUriPath(own.uri, e.uri));
  const more = others.length - names.length;
  const listed =
    more > 0
      ? `${names.join(', ')} and ${more} more file${more === 1 ? '' : 's'}`
      : names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const linked = others.slice(0, LINKED_FILES);
  return [
    {
      range: own.socRange,
      severity: DiagnosticSeverity.Warning,
      code: 'duplicate-soc',
      source: DIAGNOSTIC_SOURCE,
      message: `SOC code ${own.socKey} is also declared in ${listed}`,
      data: { soc: own.socKey, others: linked.map((e) => e.uri), count: others.length },
      relatedInformation: linked.map((e) => ({ location: { uri: e.uri, range: e.socRange }, message: `${own.socKey} also declared here` })),
    },
  ];
}

/** The path of `to` relative to the folder of `from` (both URIs), with `/` separators. */
export function relativeUriPath(from: string, to: string): string {
  const a = uriPath(from).replace(/\\/g, '/').split('/').filter(Boolean).slice(0, -1);
  const b = uriPath(to).replace(/\\/g, '/').split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/**
 * Every finding that depends on other files of the workspace, with the user's severities applied; for a parsed
 * document or for its index entry.
 */
export function computeWorkspaceDiagnostics(
  doc: FrameworkDocument | FrameworkEntry,
  index: FrameworkIndex,
  settings: DiagnosticsSettings = {},
): Diagnostic[] {
  const found = 'socKey' in doc ? duplicateSocDiagnosticsOf(doc, index) : duplicateSocDiagnostics(doc, index);
  return applySeverities(found, settings.severity);
}
