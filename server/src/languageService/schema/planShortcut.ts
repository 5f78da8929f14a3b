/**
 * The fast path beside zod's parse (validate.ts, the reference): the framework's plan (frameworkPlan.ts) shows
 * most files valid on their parsed tree, without zod's copy of the whole value and without loading zod at all.
 * Where the plan proves nothing it declines, and zod finds what there is.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Accelerator } from '../accel/accelerator';
import type { SourceNode } from '../model';
import { schemaLibrary } from '../util/lazyLibraries';
import { FRAMEWORK_PLAN } from './frameworkPlan';
import { nodeValidatorOfPlan, type NodeValidator } from './plan';
import { partAt } from './zodParts';

/** Whether zod would find nothing in a framework's tree, asking zod (loaded then) only about parts the plan leaves to it. */
let frameworkValidator: NodeValidator | undefined;

/** No schema finding for the framework tree `root` when the plan proves it valid; else declined. */
export const schemaPlanAccelerator: Accelerator<SourceNode, Diagnostic[]> = {
  name: 'schemaPlan',
  run: (root) => {
    frameworkValidator ??= nodeValidatorOfPlan(
      FRAMEWORK_PLAN,
      (at, value) => partAt(schemaLibrary().frameworkSchema, at).safeParse(value).success,
    );
    return frameworkValidator(root) ? [] : undefined;
  },
};
