/**
 * Invariants of what the extension produces from a document: the conversion (lossless both ways for every
 * document without errors) and the preview (anchors in the document; HTML with no script, handler,
 * style element or link other than http(s)).
 */
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { renderStandaloneHtml } from '../../languageService/render';
import type { FrameworkDocument } from '../../languageService/model';
import { service } from './service';

/** A document without errors converts to the other form, which reads back as the same value, and back again. */
export function checkConversion(doc: FrameworkDocument, diagnostics: Diagnostic[], out: string[]): void {
  const toMarkdown = doc.format !== 'markdown';
  const result = service.convert(doc, toMarkdown ? 'markdown' : 'json');
  if (diagnostics.some((d) => d.severity === DiagnosticSeverity.Error) || doc.value === undefined) return;
  if ('error' in result) {
    out.push(`conversion of a document without errors refused: ${result.error}`);
    return;
  }
  const otherUri = doc.uri.replace(/\.(json|md)$/, toMarkdown ? '.md' : '.json');
  const other = service.parse(TextDocument.create(otherUri, toMarkdown ? 'markdown' : 'json', 1, result.text));
  if (!isDeepStrictEqual(other.value, doc.value)) {
    out.push(`conversion to ${toMarkdown ? 'Markdown' : 'JSON'} is lossy: ${firstDifference(doc.value, other.value)}`);
    return;
  }
  const back = service.convert(other, toMarkdown ? 'json' : 'markdown');
  if ('error' in back) out.push(`converting the converted document back refused: ${back.error}`);
  else if (!isDeepStrictEqual(service.parse(TextDocument.create(doc.uri, doc.textDocument.languageId, 2, back.text)).value, doc.value)) {
    out.push('converting there and back again is lossy');
  }
}

/** The path of the first difference between two values, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 80)} became ${JSON.stringify(b)?.slice(0, 80)}`;
}

const TAG = /<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ALLOWED_TAGS = new Set([
  'div',
  'section',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ol',
  'ul',
  'li',
  'span',
  'strong',
  'em',
  'a',
  'abbr',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'small',
  'sup',
  'nav',
  'footer',
  'code',
  'br',
  'b',
  'i',
  'time',
  'main',
  'article',
  'aside',
  'figure',
  'figcaption',
  'details',
  'summary',
]);

/** The preview renders without throwing; its anchors lie in the document; its HTML carries nothing active. */
export function checkPreview(doc: FrameworkDocument, out: string[]): void {
  const preview = service.renderPreview(doc);
  if ('error' in preview) {
    const { line, character } = preview.error;
    if (line < 0 || line >= doc.textDocument.lineCount || character < 0)
      out.push(`preview error position out of range: ${line}:${character}`);
    return;
  }
  const length = doc.textDocument.getText().length;
  for (const a of preview.render.anchors) {
    if (a.start < 0 || a.end > length || a.start > a.end)
      out.push(`preview anchor ${a.id} [${a.start}, ${a.end}) lies outside the document`);
  }
  const html = renderStandaloneHtml(preview.render, '');
  for (const m of html.slice(html.indexOf('<body')).matchAll(TAG)) {
    const [tag, name, attrs] = m;
    if (!ALLOWED_TAGS.has(name.toLowerCase()) && name !== 'body') out.push(`preview HTML has a <${name}> element: ${tag.slice(0, 120)}`);
    for (const attr of attrs.matchAll(/\s([^\s=]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      const attrName = attr[1].toLowerCase();
      const value = (attr[2] ?? '').replace(/^["']|["']$/g, '');
      if (attrName.startsWith('on') || attrName === 'style' || attrName === 'src' || attrName === 'srcset')
        out.push(`preview HTML has a ${attrName} attribute: ${tag.slice(0, 120)}`);
      if (attrName === 'href' && !/^https?:\/\//i.test(value))
        out.push(`preview HTML links to a non-http(s) address: ${tag.slice(0, 120)}`);
    }
  }
}
