/** `task-not-grounded`: an O*NET task that no core or AI-fluency statement shares two content words with. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { makeDiagnostic } from '../../diagnostic';
import { Grounding, TaskMatcher } from '../../grounding';
import {
  collectStatements,
  memoize,
  nodeAt,
  pathOf,
  rangeOfNode,
  type FrameworkDocument,
  type SourceNode,
  type StatementRef,
} from '../../model';
import type { StatementRule } from './statementRule';

/** The level statements (core and AI fluency) that can ground a task: durable skills are not occupation-specific. */
export const groundingStatementsOf = (doc: FrameworkDocument): StatementRef[] => memoize(doc, levelStatementsOf);

/** The document's grounding of tasks, shared by the hover and the preview (once per version). */
export const groundingOf = (doc: FrameworkDocument): Grounding => memoize(doc, groundingOfDoc);

// Named functions, not arrows made per call: `memoize` keys the document's memo by the function.
function levelStatementsOf(doc: FrameworkDocument): StatementRef[] {
  return collectStatements(doc).filter(canGround);
}

function groundingOfDoc(doc: FrameworkDocument): Grounding {
  return new Grounding(
    taskNodesOf(doc).map((task) => task.value as string),
    groundingStatementsOf(doc).map((s) => s.text),
  );
}

const canGround = (s: StatementRef): boolean => s.kind !== 'durable';

/** The text items of `onetEnrichment.tasks`. */
function taskNodesOf(doc: FrameworkDocument): SourceNode[] {
  const tasks = nodeAt(doc, ['onetEnrichment', 'tasks']);
  return tasks?.type === 'array' && tasks.children ? tasks.children.filter((task) => task.type === 'string') : [];
}

/** The rule: a finding on every task of `onetEnrichment.tasks` that no statement grounds. */
export function taskGrounding(doc: FrameworkDocument): StatementRule {
  const tasks = taskNodesOf(doc);
  const matcher = new TaskMatcher(tasks.map((task) => task.value as string));
  const grounded = matcher.judged.map((judged) => !judged);
  let open = grounded.filter((g) => !g).length;
  const ground = (t: number) => {
    if (grounded[t]) return;
    grounded[t] = true;
    open--;
  };
  return {
    read(s, words) {
      if (open > 0 && canGround(s)) matcher.match(words, ground);
    },
    findings() {
      const out: Diagnostic[] = [];
      tasks.forEach((task, t) => {
        if (grounded[t]) return;
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
      });
      return out;
    },
  };
}
