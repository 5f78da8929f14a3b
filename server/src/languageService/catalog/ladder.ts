/**
 * The level ladder: how NSX words each proficiency level, as cue words and phrases with weights. The
 * `level-progression` check reads a statement's cues and where on the ladder they sit; hovers show a level's rung.
 *
 * NSX writes its levels on an autonomy and scope ladder: Emerging works under supervision on standard tasks,
 * Developing with reduced oversight on moderately complex work, Proficient autonomously on complex and
 * non-routine cases (overseeing and coaching others), Advanced sets direction at the organization's level.
 * The AI-fluency levels climb the same way, from checking an assistant's output to setting the standards of AI use.
 *
 * Cue syntax: words separated by spaces, matched against the statement's words in order (a hyphen in the
 * statement counts as a space, so "enterprise wide" matches "enterprise-wide"). A word ending in `~` also
 * matches its verb forms ("establish~": establish, establishes, establishing; not "established", which NSX
 * uses as an adjective: "established procedures"). A word ending in `*` matches any word it begins
 * ("autonom*": autonomous, autonomously). At each word the longest cue wins, so "direct supervision" is read
 * as Emerging before "direct~" could be read as Advanced.
 */

export type LadderLevel = 'emerging' | 'developing' | 'proficient' | 'advanced';

/** What a cue tells: who decides (autonomy), how far the work reaches (scope), the action (verb), use of AI. */
export type CueKind = 'autonomy' | 'scope' | 'verb' | 'ai';

export interface LadderCue {
  /** The word or phrase, in the syntax above. */
  text: string;
  /** How strongly it suggests its place: 3 strong, 2 clear, 1 a hint. */
  weight: number;
  kind: CueKind;
  /** Half a step toward the next rung up (+0.5) or down (-0.5), for words shared by two neighbouring levels. */
  lean?: number;
}

export interface LadderRung {
  level: LadderLevel;
  /** The rung in one line, for hovers. */
  summary: string;
  /** The AI-fluency rung in one line. */
  ai: string;
  cues: readonly LadderCue[];
}

const cues = (kind: CueKind, weight: number, texts: string, lean?: number): LadderCue[] =>
  texts
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text) => (lean === undefined ? { text, weight, kind } : { text, weight, kind, lean }));

/** The four rungs, Emerging to Advanced. */
export const LADDER: readonly LadderRung[] = [
  {
    level: 'emerging',
    summary: 'Works under direct supervision or guidance, follows established procedures, on basic or standard tasks.',
    ai: 'Queries an AI assistant for first drafts and checks its output before use.',
    cues: [
      ...cues(
        'autonomy',
        3,
        'under supervision, under direct supervision, under close supervision, under the supervision, under guidance, under the guidance, ' +
          'under direction, under the direction, under supervisor*, under direct supervisor*, direct supervision, close supervision, ' +
          'direct oversight, close oversight, supervisor guidance, supervisor oversight, supervisor review, as assigned, as directed, ' +
          'as instructed, assigned by, with guidance, with assistance, following instructions, instructions provided, ' +
          'follow~ established, following established, established procedures, established protocols, established templates, ' +
          'established guidelines, prescribed, scripted, step by step, under instruction',
      ),
      ...cues(
        'autonomy',
        1,
        'supervisor, supervisors, for review, for code review, for management review, with help, help~ with, provided',
      ),
      ...cues('autonomy', 1, 'established, submit~ for', 0.5),
      ...cues('scope', 2, 'basic, simple, entry level, introductory, checklist*, templates, template'),
      ...cues('scope', 1, 'standard, standardized, standardised'),
      ...cues('scope', 1, 'routine, daily', 0.5),
      ...cues(
        'verb',
        1,
        'assist~, carry out, carries out, gather~, assemble~, input~, enter~, locate~, retrieve~, route~, receive~, ' +
          'distribute~, sort~, file~, observe~, shadow~, to support, in support, update~ records, maintain~ records',
      ),
      ...cues('verb', 1.5, 'follow~'),
      ...cues(
        'ai',
        2,
        'first draft*, check~ its output, check~ the output, check~ each output, review~ each output, review~ the output, query~ an ai, query~ the ai, query~ ai, ask~ an ai',
      ),
      ...cues('ai', 1, 'manually, for accuracy, verified, prompt~', 0),
    ],
  },
  {
    level: 'developing',
    summary: 'Works with reduced oversight or minimal supervision, independently on moderately complex or routine work.',
    ai: 'Delegates defined pieces of work to AI tools and reviews and revises what they return.',
    cues: [
      ...cues(
        'autonomy',
        3,
        'reduced oversight, reduced supervision, minimal supervision, minimal oversight, limited supervision, limited oversight, ' +
          'limited review, limited editorial review, light supervision, occasional guidance, occasional supervision, periodic review, ' +
          'some independence, increasing independence, growing independence, support as needed, guidance as needed',
      ),
      ...cues('autonomy', 2, 'own work, self correct~, with some supervision'),
      ...cues('autonomy', 1.5, 'independently, independent', 0.5),
      ...cues('scope', 3, 'moderately complex, moderate complexity'),
      ...cues('scope', 1.5, 'moderate, day to day, everyday, team based, within the team, mid size, mid sized, concurrently'),
      ...cues(
        'verb',
        1,
        'monitor~, interpret~, prioritize~, prioritise~, troubleshoot~, adapt~, facilitate~, compose~, cross reference~, reconcile~, ' +
          'contribute~, implement~, resolve~, apply~',
      ),
      ...cues('ai', 2, 'delegate~'),
      ...cues('ai', 1, 'revise~'),
    ],
  },
  {
    level: 'proficient',
    summary: 'Works autonomously: handles complex and non-routine cases, analyses, oversees and coaches others.',
    ai: 'Orchestrates AI tools across a workflow, evaluating and refining their output with full authority over the result.',
    cues: [
      ...cues(
        'autonomy',
        3,
        'autonom*, independent judgment, independent judgement, sound judgment, sound judgement, advanced judgment, advanced judgement, ' +
          'full responsibility, without supervision, no supervision, full authority, editorial authority',
      ),
      ...cues(
        'scope',
        2.5,
        'non routine, nonroutine, escalated, multi department*, multiple departments, across departments, cross functional, cross departmental',
      ),
      ...cues(
        'scope',
        2,
        'complex, complexity, ambiguous, difficult, sensitive, organizational unit, service units, multiple support functions',
      ),
      ...cues('scope', 1.5, 'multiple teams, high stakes, root cause*, root causes', 0.5),
      ...cues(
        'verb',
        2,
        'oversee~, supervise~, coach~, counsel~, evaluate~, diagnose~, orchestrate~, integrate~, train~ staff, train~ others, direct reports',
      ),
      ...cues('verb', 1.5, 'analyze~, analyse~, streamline~, refine~, calibrat*, coordinate~ across, tailor~'),
      ...cues('verb', 1.5, 'mentor~, lead~, negotiate~, optimize~, optimise~, design~, synthesiz*, synthesis*', 0.5),
      ...cues('verb', 1, 'direct~'),
      ...cues('verb', 1, 'coordinate~', -0.5),
      ...cues('ai', 2, 'ai generated, scenario*, across the workflow, ai models'),
    ],
  },
  {
    level: 'advanced',
    summary: 'Sets direction: defines, establishes, leads and architects at the organizational, enterprise or executive level.',
    ai: 'Sets team or organizational standards and governance for AI use and redesigns workflows around it.',
    cues: [
      ...cues(
        'verb',
        3,
        'establish~, champion~, architect~, institutionaliz*, institutionalis*, steward~, spearhead~, pioneer~, envision~, sponsor~',
      ),
      ...cues(
        'verb',
        2,
        'set~ standards, set~ the standard, set~ direction, set~ strategy, set~ the strategy, set~ policy, set~ priorities, define~',
      ),
      ...cues('verb', 2, 'cultivate~, govern~, transform~, redesign~, reimagine~, modernize~, modernise~'),
      // Not "setting": NSX places work "in a … setting".
      ...cues('verb', 1.5, 'set, sets, shape~, evolve~, advise~, influence~, drive~'),
      ...cues(
        'scope',
        2.5,
        'enterprise wide, organization wide, organisation wide, company wide, industry wide, system wide, across the enterprise, ' +
          'organizational level, organisational level, organizational scale, organisational scale, enterprise level, executive level, ' +
          'board level, sector level, industry level, c suite, at scale',
      ),
      ...cues(
        'scope',
        2,
        'multi year, roadmap*, vision, succession, governance, spokesperson, organizational standards, organisational standards, policies governing',
      ),
      ...cues(
        'scope',
        1.5,
        'long term, strategy, culture, mission, partnerships, alliances, portfolio, across the organization, across the organisation',
      ),
      ...cues('scope', 1, 'strategic, strategies, executive, principal', -0.5),
      ...cues('ai', 2, 'ai governance, organizational protocols, organisational protocols, human accountability, standards for ai, ai use'),
      ...cues('ai', 1, 'ai agents, audited, audit~', -0.5),
    ],
  },
];

/**
 * Phrases that contain a cue word but say nothing of the level ("set up", "data set", "lead time"): matched like
 * cues, they take their words out of the reading.
 */
export const LADDER_NEUTRAL: readonly string[] = [
  'set up',
  'sets up',
  'setting up',
  'data set',
  'data sets',
  'skill set',
  'tool set',
  'lead time',
  'lead times',
  'leading to',
  'leads to',
  'follow up',
  'follow~ up',
  'follow~ through',
  'drive~ safely',
  'standard deviation',
  'standard of care',
  // A lead or mentor as a person ("the lead electrician", "a mentor teacher") is not the statement's own role.
  'the lead',
  'a lead',
  'the mentor',
  'a mentor',
];

/** The rung of a level key, if it is one of the four. */
export function rungOf(level: string): LadderRung | undefined {
  return LADDER.find((r) => r.level === level);
}
