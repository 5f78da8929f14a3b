/**
 * Schema findings told in the Markdown form's terms: a level is a `## Level` section there, not a
 * property, so "Missing required property "proficient" in Levels" becomes a missing section. The code and
 * data stay as they are (settings and fixes key on them); only the message changes.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { LEVELS, levelInfo } from '../../../../../common/catalog/levels';

const LEVEL_HEADINGS = LEVELS.map((l) => `"## ${l.label}"`).join(', ');

/** Rewrites, in place, the messages of findings that name JSON properties the Markdown spells as sections. */
export function describeForMarkdown(doc: FrameworkDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  if (doc.format !== 'markdown') return diagnostics;
  for (const d of diagnostics) {
    if (d.code !== 'missing-property') continue;
    const data = d.data as { path?: unknown[]; key?: string } | undefined;
    const path = (data?.path ?? []).join('.');
    if (path === 'framework.levels' && data?.key && levelInfo(data.key)) {
      d.message = `Missing the level section "## ${levelInfo(data.key)!.label}": a framework has the sections ${LEVEL_HEADINGS}`;
    } else if (path === 'framework' && data?.key === 'levels') {
      d.message = `No level sections: a framework has the sections ${LEVEL_HEADINGS}, each a numbered list of statements`;
    } else if (path === 'framework' && data?.key === 'contextCovered') {
      d.message = 'Missing the paragraph "Context covered: …" after the title';
    }
  }
  return diagnostics;
}
