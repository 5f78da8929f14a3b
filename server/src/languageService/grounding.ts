/**
 * Task grounding: an O*NET task of `onetEnrichment.tasks` is grounded when a core or AI-fluency statement shares
 * at least two content words with it (stop words left out, words compared by a light stem). Shared by the
 * `task-not-grounded` check, the task hover and the preview.
 */
import { contentStemAt, contentStems, StatementWords, wordHash } from './util/words';

/** Content words a task and a statement must share. */
export const SHARED_WORDS = 2;

const MAX_PAIR_FLAGS = 0x10000;

/**
 * Which of a list of tasks a statement grounds, read from the statement's words as scanned once for every rule.
 * A word can only stem to a task's stem if it begins with the stem's first two letters (the stemmer only shortens a
 * word, or turns its "ies" into "y", and never within the first two letters): the words that do not are passed over
 * on their scan's hash, without making their strings.
 */
export class TaskMatcher {
  /** Per task: whether it has enough content words to be judged at all (a one-word task is not). */
  readonly judged: readonly boolean[];
  /** Each distinct task stem, by an id: the tasks that have it. */
  private readonly stemIds = new Map<string, number>();
  private readonly tasksOfStem: number[][] = [];
  /** Flags at the low bits ({@link pairMask}) of the hash of every task stem's first two letters. */
  private readonly pairs: Uint8Array;
  private readonly pairMask: number;
  /** Per stem id: the last statement it was counted in (a statement's repeated word counts once). */
  private readonly countedIn: Int32Array;
  /** Per task: the stems it shares with the statement being read. */
  private readonly shared: Int32Array;
  /** The tasks whose count the statement being read has set, to be set back to 0 after it. */
  private readonly touched: Int32Array;
  private statement = 0;

  constructor(tasks: readonly string[]) {
    const judged: boolean[] = [];
    const pairs: number[] = [];
    tasks.forEach((task, t) => {
      const stems = contentStems(task);
      judged.push(stems.size >= SHARED_WORDS);
      if (stems.size < SHARED_WORDS) return;
      for (const stem of stems) {
        let id = this.stemIds.get(stem);
        if (id === undefined) {
          this.stemIds.set(stem, (id = this.tasksOfStem.length));
          this.tasksOfStem.push([]);
          pairs.push(wordHash(stem, 2));
        }
        this.tasksOfStem[id].push(t);
      }
    });
    this.judged = judged;
    // About one flag in eight set: most words are passed over, and a file of a few tasks allocates a small table.
    let size = 64;
    while (size < pairs.length * 8 && size < MAX_PAIR_FLAGS) size *= 2;
    this.pairMask = size - 1;
    this.pairs = new Uint8Array(size);
    for (const pair of pairs) this.pairs[pair & this.pairMask] = 1;
    this.countedIn = new Int32Array(this.tasksOfStem.length);
    this.shared = new Int32Array(tasks.length);
    this.touched = new Int32Array(tasks.length);
  }

  /** Calls `grounds(task)` once for each judged task that the statement read into `words` shares two content words with. */
  match(words: StatementWords, grounds: (task: number) => void): void {
    const statement = ++this.statement;
    let touched = 0;
    for (let i = 0; i < words.count; i++) {
      // An ASCII word's pair hash is that of its lower-cased letters; any other word is looked at in full.
      if (words.ascii[i] === 1 && this.pairs[words.pairs[i] & this.pairMask] === 0) continue;
      const stem = contentStemAt(words, i);
      const id = stem === undefined ? undefined : this.stemIds.get(stem);
      if (id === undefined || this.countedIn[id] === statement) continue;
      this.countedIn[id] = statement;
      for (const t of this.tasksOfStem[id]) {
        if (this.shared[t]++ === 0) this.touched[touched++] = t;
        if (this.shared[t] === SHARED_WORDS) grounds(t);
      }
    }
    for (let k = 0; k < touched; k++) this.shared[this.touched[k]] = 0;
  }
}

/** The statements that ground each task of a document, for the hover and the preview (worked out on first use). */
export class Grounding {
  private readonly grounds = new Map<string, number[]>();
  private matched = false;

  /** `statements`: the texts of the statements that can ground a task, in order. */
  constructor(
    private readonly tasks: readonly string[],
    private readonly statements: readonly string[],
  ) {}

  /** Whether a task has enough content words to be grounded at all (a one-word task is not judged). */
  static judges(task: string): boolean {
    return contentStems(task).size >= SHARED_WORDS;
  }

  /** Indices of the statements that ground `task`, in statement order. */
  statementsGrounding(task: string): number[] {
    if (!this.matched) {
      this.matched = true;
      this.matchAll(this.tasks);
    }
    if (!this.grounds.has(task)) this.matchAll([task]); // a task not of the document's list
    return this.grounds.get(task) ?? [];
  }

  /** Whether a task with enough content words is grounded in no statement. */
  isUngrounded(task: string): boolean {
    return Grounding.judges(task) && this.statementsGrounding(task).length === 0;
  }

  /** Reads every statement once for all of `tasks`. */
  private matchAll(tasks: readonly string[]): void {
    const matcher = new TaskMatcher(tasks);
    const found = tasks.map((): number[] => []);
    const words = new StatementWords();
    this.statements.forEach((text, s) => matcher.match(words.read(text), (t) => found[t].push(s)));
    tasks.forEach((task, t) => {
      if (!this.grounds.has(task)) this.grounds.set(task, found[t]);
    });
  }
}
