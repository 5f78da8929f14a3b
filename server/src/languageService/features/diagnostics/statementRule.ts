/** What each rule of substance is to the one loop over the statements (`substance.ts`). */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { StatementRef } from '../../model';
import type { StatementWords } from '../../util/words';

/** A rule of substance: it reads the statements one by one, each with its words scanned once for all rules, then gives its findings. */
export interface StatementRule {
  /** Reads statement `s`, whose words `words` holds; its body begins at `body` (after the " — "; undefined without one). */
  read(s: StatementRef, words: StatementWords, body: number | undefined): void;
  /** The findings of the statements read. */
  findings(): Diagnostic[];
}
