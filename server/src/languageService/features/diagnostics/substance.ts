/** The checks of substance: what the statements say, beside the checks of their form. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FrameworkDocument } from '../../model';
import { checkLevelProgression } from './levelProgression';
import type { RuleOptions } from './ruleOptions';

/** Findings of the rules of substance. */
export function checkSubstance(doc: FrameworkDocument, ruleOptions?: RuleOptions): Diagnostic[] {
  return [...checkLevelProgression(doc, ruleOptions)];
}
