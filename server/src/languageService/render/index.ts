/**
 * The preview renderer: a pure function of the parsed framework document to keyed HTML sections, in NSX
 * page order. Every string from the file is escaped; only http(s) URLs become links.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../model';
import { renderAiFluency, renderDurableDomain, renderDurableIntro } from './cited';
import { renderHeader, renderLevels } from './core';
import { renderEnrichment, renderEvidencePack, renderSources } from './evidence';
import { groundingOf } from '../features/diagnostics/taskGrounding';
import type { FrameworkRender, RenderedSection } from '../../../../common/preview/types';
import { AnchorCollector, asArray, asString, valueAt } from './values';

export type { FrameworkRender, RenderedSection, RenderAnchor } from '../../../../common/preview/types';
export { escapeHtml, escapeAttr, safeHttpUrl } from '../../../../common/preview/escape';
export { renderBody, renderStandaloneHtml } from '../../../../common/preview/page';

/** Renders a framework document (whatever of it is well formed) as the NSX page's sections. */
export function renderFramework(doc: FrameworkDocument): FrameworkRender {
  const value = doc.value;
  const anchors = new AnchorCollector(doc);
  const sections: RenderedSection[] = [];
  const add = (key: string, html: string | undefined): void => {
    if (html) sections.push({ key, html });
  };
  add('header', `<header class="page-header">${renderHeader(value, anchors)}</header>`);
  for (const level of renderLevels(value, anchors)) add(level.key, level.html);
  add('ai-fluency', renderAiFluency(value, anchors));
  add('evidence', renderEvidencePack(value, anchors));
  add('durable', renderDurableIntro(value, anchors));
  asArray(valueAt(value, ['durableSkills'])).forEach((_, i) => add(`durable:${i}`, renderDurableDomain(value, i, anchors)));
  const grounding = groundingOf(doc);
  add(
    'enrichment',
    renderEnrichment(value, anchors, (task) => grounding.isUngrounded(task)),
  );
  add('sources', renderSources(value, anchors));
  const title = asString(valueAt(value, ['occupation', 'title'])) ?? '';
  return { title, sections, anchors: anchors.anchors.sort((a, b) => a.start - b.start || b.end - a.end) };
}

/** The first error that stops the document from being read, or undefined when it can be rendered. */
export function firstBlockingError(doc: FrameworkDocument): { message: string; line: number; character: number } | undefined {
  const error = doc.syntaxDiagnostics.find((d) => d.severity === DiagnosticSeverity.Error);
  if (error)
    return {
      message: typeof error.message === 'string' ? error.message : error.message.value,
      line: error.range.start.line,
      character: error.range.start.character,
    };
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    return { message: 'The file holds no framework object', line: 0, character: 0 };
  }
  return undefined;
}
