/** The checks of substance: what the statements say, beside the checks of their form. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { checkLevelProgression } from './levelProgression';
import type { RuleOptions } from './ruleOptions';
import { checkStatementLength } from './statementLength';
import { checkTaskGrounding } from './taskGrounding';
import { checkVagueVerbs } from './vagueVerb';

/** Findings of the rules of substance (level progression, vague verbs, long statements, task grounding). */
export function checkSubstance(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  return [
    ...checkLevelProgression(doc, ruleOptions),
    ...checkVagueVerbs(doc, ruleOptions),
    ...checkStatementLength(doc, ruleOptions),
    ...checkTaskGrounding(doc),
  ];
}
