/**
 * Verbs that name no observable action: what a person understands, knows or is aware of cannot be seen, only
 * what they do with it. A statement's body should open with an action an assessor can watch or check.
 *
 * Left out on purpose: "recognize" and "identify" (a person points out, names or flags something: observable),
 * "demonstrate" (names the showing itself), "review" and "consider" (NSX uses them for checkable work).
 */

export interface VagueVerb {
  /** The words as written in the base form; "be" also matches "is" and "are". */
  text: string;
  /** Observable verbs to offer instead, in base form, most fitting first. */
  instead: readonly string[];
}

export const VAGUE_VERBS: readonly VagueVerb[] = [
  { text: 'understand', instead: ['explain', 'describe', 'apply'] },
  { text: 'know', instead: ['identify', 'state', 'describe'] },
  { text: 'learn', instead: ['practise', 'apply', 'describe'] },
  { text: 'be aware of', instead: ['identify', 'describe', 'follow'] },
  { text: 'be familiar with', instead: ['use', 'describe', 'identify'] },
  { text: 'become familiar with', instead: ['use', 'describe', 'identify'] },
  { text: 'be acquainted with', instead: ['use', 'describe', 'identify'] },
  { text: 'be exposed to', instead: ['observe', 'assist with', 'describe'] },
  { text: 'appreciate', instead: ['explain', 'describe', 'justify'] },
  { text: 'grasp', instead: ['explain', 'apply', 'describe'] },
  { text: 'comprehend', instead: ['explain', 'summarize', 'interpret'] },
  { text: 'realize', instead: ['identify', 'explain', 'state'] },
  { text: 'internalize', instead: ['apply', 'explain', 'follow'] },
  { text: 'gain an understanding of', instead: ['explain', 'describe', 'apply'] },
  { text: 'develop an understanding of', instead: ['explain', 'describe', 'apply'] },
  { text: 'gain knowledge of', instead: ['describe', 'identify', 'apply'] },
  { text: 'have knowledge of', instead: ['describe', 'identify', 'apply'] },
  { text: 'have an understanding of', instead: ['explain', 'describe', 'apply'] },
];

/** What to offer instead of a vague verb the configuration adds. */
export const DEFAULT_INSTEAD: readonly string[] = ['explain', 'describe', 'apply'];
