/**
 * `level-progression`: a core or AI-fluency statement whose wording reads two or more levels away from the level
 * it stands in ("under direct supervision" in Advanced, "establish … enterprise-wide" in Emerging).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { LEVELS } from '../../../../../common/catalog/levels';
import type { LadderLevel } from '../../catalog/ladder';
import type { FrameworkDocument } from '../../model';
import { statementFinding } from './statements';
import { builtInLadder, compileLadder, readLadder, type CompiledLadder, type CueMatch, type ExtraCues } from './ladderReading';
import { CompiledByOptions, optionsOf, isRecord, stringList, type RuleOptions } from './ruleOptions';
import type { StatementRule } from './statementRule';

const CODE = 'level-progression';

/** A reading must be this far (in levels) from the statement's own level to count as two levels away. */
const DISTANCE = 1.75;
/** Cues must weigh this much together: one hint ("follow") says too little. */
const MIN_WEIGHT = 2;
/** A cue counts among the words that suggest the reading when it sits this far from the statement's level. */
const CUE_DISTANCE = 1.5;
/** The message names at most this many words, the strongest. */
const NAMED = 2;

const PLACE: Readonly<Record<string, number>> = { emerging: 0, developing: 1, proficient: 2, advanced: 3 };

/** The rule: a finding for every core and AI-fluency statement that reads two or more levels away from its own. */
export function levelProgression(doc: FrameworkDocument, ruleOptions?: RuleOptions): StatementRule {
  const out: Diagnostic[] = [];
  const ladder = ladderFor(ruleOptions);
  return {
    read(s, words, body) {
      if (s.kind === 'durable') return; // durable-skill levels climb another ladder (Applying, Exceeding)
      const own = PLACE[s.level];
      if (own === undefined) return;
      const { weight, place } = readLadder(words, ladder, body ?? 0);
      if (!readsAway(weight, place, own)) return;
      // Only now are the cues listed: which words suggest the reading.
      const verdict = judge(readLadder(words, ladder, body ?? 0, true).cues, weight, place, own);
      if (!verdict) return;
      const named = verdict.named.map((c) => `"${s.text.slice(c.start, c.end).toLowerCase()}"`).join(', ');
      const ownLabel = LEVELS[own].label;
      out.push(
        statementFinding(
          doc,
          s,
          verdict.start,
          verdict.end,
          CODE,
          `This ${s.kind === 'aiFluency' ? 'AI-fluency ' : ''}${ownLabel} statement reads like ${LEVELS[verdict.reads].label} (${named}).`,
          DiagnosticSeverity.Warning,
          { reads: LEVELS[verdict.reads].key },
        ),
      );
    },
    findings: () => out,
  };
}

interface Verdict {
  /** The level the wording reads as (index in LEVELS). */
  reads: number;
  named: CueMatch[];
  /** The span of every suggesting cue, in the statement text. */
  start: number;
  end: number;
}

/** Whether cues of this total weight and place read two or more levels away from `own`. */
function readsAway(weight: number, place: number, own: number): boolean {
  return weight >= MIN_WEIGHT && Math.abs(place - own) >= DISTANCE;
}

/** Whether cues read two or more levels away from `own`, and which words say so. */
export function judge(cues: readonly CueMatch[], weight: number, place: number, own: number): Verdict | undefined {
  if (!readsAway(weight, place, own)) return undefined;
  const up = place > own;
  // The nearest level to the reading; a tie goes toward the statement's own level.
  const reads = up ? Math.ceil(place - 0.5) : Math.floor(place + 0.5);
  const suggesting = cues.filter((c) => (up ? c.place - own : own - c.place) >= CUE_DISTANCE);
  if (suggesting.length === 0) return undefined;
  const named = [...suggesting].sort((a, b) => b.weight - a.weight || a.start - b.start).slice(0, NAMED);
  return { reads, named, start: suggesting[0].start, end: suggesting[suggesting.length - 1].end };
}

const compiled = new CompiledByOptions<CompiledLadder>();

/** The ladder with the configured extra cues (compiled once per distinct set of extras). */
function ladderFor(ruleOptions: RuleOptions | undefined): CompiledLadder {
  const raw = optionsOf(ruleOptions, CODE).cues;
  if (!isRecord(raw)) return builtInLadder();
  const extra: ExtraCues = {};
  let any = false;
  for (const level of Object.keys(PLACE) as LadderLevel[]) {
    const list = stringList(raw[level]);
    if (list && list.length > 0) {
      extra[level] = list;
      any = true;
    }
  }
  if (!any) return builtInLadder();
  return compiled.get(extra, () => compileLadder(extra));
}
