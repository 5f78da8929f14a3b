/** `task-not-grounded`: an O*NET task that no core or AI-fluency statement shares two content words with. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { Grounding } from '../../grounding';
import { collectStatements, memoize, nodeAt, pathOf, rangeOfNode, type FrameworkDocument, type StatementRef } from '../../model';

/** The level statements (core and AI fluency) that can ground a task: durable skills are not occupation-specific. */
export const groundingStatementsOf = (doc: FrameworkDocument): StatementRef[] => memoize(doc, levelStatementsOf);

/** The document's grounding of tasks, shared by the check, the hover and the preview (once per version). */
export const groundingOf = (doc: FrameworkDocument): Grounding => memoize(doc, groundingOfDoc);

// Named functions, not arrows made per call: `memoize` keys the document's memo by the function.
function levelStatementsOf(doc: FrameworkDocument): StatementRef[] {
  return collectStatements(doc).filter((s) => s.kind !== 'durable');
}

function groundingOfDoc(doc: FrameworkDocument): Grounding {
  return new Grounding(groundingStatementsOf(doc).map((s) => s.text));
}

/** The finding of every task of `onetEnrichment.tasks` that no statement grounds. */
export function checkTaskGrounding(doc: FrameworkDocument): Diagnostic[] {
  const tasks = nodeAt(doc, ['onetEnrichment', 'tasks']);
  if (tasks?.type !== 'array' || !tasks.children) return [];
  const out: Diagnostic[] = [];
  const grounding = groundingOf(doc);
  for (const task of tasks.children) {
    if (task.type !== 'string' || !grounding.isUngrounded(task.value)) continue;
    const r = rangeOfNode(task);
    out.push(
      makeDiagnostic(
        doc.textDocument,
        r.start,
        r.end,
        'task-not-grounded',
        'No statement grounds this task: none shares two content words with it',
        DiagnosticSeverity.Information,
        { path: pathOf(task) },
      ),
    );
  }
  return out;
}
