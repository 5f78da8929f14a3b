/** Cross-field checks of the occupation and levels: level labels, Job Zone consistency. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { nodeAt, propertiesOf, rangeInString, type FrameworkDocument } from '../../model';
import { levelInfo } from '../../../../../common/catalog/levels';
import { describeValue } from '../../util/describe';

export function checkFramework(doc: FrameworkDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkLevelLabels(doc, out);
  checkJobZone(doc, out);
  return out;
}

function checkLevelLabels(doc: FrameworkDocument, out: Diagnostic[]): void {
  // A level key written twice has one label (the one its path names): check it once.
  const checked = new Set<string>();
  for (const prop of propertiesOf(nodeAt(doc, ['framework', 'levels']))) {
    const key = String(prop.children![0].value);
    if (checked.has(key)) continue;
    checked.add(key);
    const info = levelInfo(key);
    const labelNode = nodeAt(doc, ['framework', 'levels', key, 'label']);
    if (!info || labelNode?.type !== 'string' || labelNode.value === info.label) continue;
    out.push(
      makeDiagnostic(
        doc.textDocument,
        labelNode.offset,
        labelNode.offset + labelNode.length,
        'level-label',
        `The ${key} level's label must be "${info.label}"; found ${describeValue(labelNode.value)}`,
        DiagnosticSeverity.Error,
        { path: ['framework', 'levels', key, 'label'], expected: info.label },
      ),
    );
  }
}

function checkJobZone(doc: FrameworkDocument, out: Diagnostic[]): void {
  const zoneNode = nodeAt(doc, ['occupation', 'jobZone']);
  const inferredNode = nodeAt(doc, ['occupation', 'jobZoneInferred']);
  if (zoneNode?.type === 'null' && inferredNode?.type === 'boolean' && inferredNode.value === true) {
    out.push(
      makeDiagnostic(
        doc.textDocument,
        inferredNode.offset,
        inferredNode.offset + inferredNode.length,
        'job-zone-inferred-without-zone',
        'jobZoneInferred is true ("Sibling-inferred"), but there is no Job Zone to infer: jobZone is null',
        DiagnosticSeverity.Error,
        { path: ['occupation', 'jobZoneInferred'] },
      ),
    );
  }

  // Compare only with a valid Job Zone; an invalid one has its own finding.
  const zone =
    zoneNode?.type === 'null' ? null : zoneNode?.type === 'number' && [1, 2, 3, 4, 5].includes(zoneNode.value) ? zoneNode.value : undefined;
  const context = nodeAt(doc, ['framework', 'contextCovered']);
  if (zone === undefined || context?.type !== 'string') return;
  for (const m of String(context.value).matchAll(/\bJob Zone (\d+)\b/gi)) {
    const named = Number(m[1]);
    if (named === zone) continue;
    const r = rangeInString(doc, context, m.index!, m.index! + m[0].length);
    const actual = zone === null ? 'is not set (null)' : `is ${zone}`;
    out.push(
      makeDiagnostic(
        doc.textDocument,
        r.start,
        r.end,
        'context-job-zone',
        `Context covered says "${m[0]}", but the occupation's Job Zone ${actual}`,
        DiagnosticSeverity.Warning,
        { path: ['framework', 'contextCovered'], named, jobZone: zone },
      ),
    );
  }
}
