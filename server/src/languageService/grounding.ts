/**
 * Task grounding: an O*NET task of `onetEnrichment.tasks` is grounded when a core or AI-fluency statement shares
 * at least two content words with it (stop words left out, words compared by a light stem). Shared by the
 * `task-not-grounded` check, the task hover and the preview.
 */
import { contentStems } from './util/words';

/** Content words a task and a statement must share. */
export const SHARED_WORDS = 2;

/** Statements' content words, worked out once each and only when a task needs them. */
export class Grounding {
  private readonly stems: (ReadonlySet<string> | undefined)[];

  constructor(private readonly statements: readonly string[]) {
    this.stems = new Array<ReadonlySet<string> | undefined>(statements.length);
  }

  /** Whether a task has enough content words to be grounded at all (a one-word task is not judged). */
  static judges(task: string): boolean {
    return contentStems(task).size >= SHARED_WORDS;
  }

  /** Indices of the statements that ground `task` (at most `limit`, in statement order). */
  statementsGrounding(task: string, limit = Infinity): number[] {
    const taskStems = contentStems(task);
    const out: number[] = [];
    if (taskStems.size < SHARED_WORDS) return out;
    for (let i = 0; i < this.statements.length && out.length < limit; i++) {
      if (sharesEnough(taskStems, this.stemsOf(i))) out.push(i);
    }
    return out;
  }

  /** Whether a task with enough content words is grounded in no statement. */
  isUngrounded(task: string): boolean {
    return Grounding.judges(task) && this.statementsGrounding(task, 1).length === 0;
  }

  private stemsOf(i: number): ReadonlySet<string> {
    let stems = this.stems[i];
    if (!stems) this.stems[i] = stems = contentStems(this.statements[i]);
    return stems;
  }
}

function sharesEnough(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w) && ++shared >= SHARED_WORDS) return true;
  return false;
}
