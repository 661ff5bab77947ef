// The shared state every extraction stage reads and returns: one document, its sentences and draft claims.
import type { Claimant } from '../model/claim.js';
import type { SourceDocument } from '../model/document.js';
import type { ClaimantMention, DocumentLanguage, LocalIncident, ReportAbout } from '../model/extraction.js';
import type { Group, Outcome, Qualifier } from '../model/vocabulary.js';

export interface Token {
  readonly text: string;
  /** Lowercase, curly apostrophes straightened, possessive `'s` removed. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
  /** `tokens[i].lower`, kept once for the phrase lookups every stage makes. */
  readonly words: readonly string[];
  /** Index of the sentence where the quotation this sentence sits in was opened, or null. */
  readonly quoteOpenedIn: number | null;
}

export interface NumberMention {
  readonly sentence: number;
  /** Token range of the whole expression, hedge included (end exclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly kind: 'number' | 'article' | 'definite' | 'zero' | 'vague';
  /** People beyond those the text already counted (`no one else was hurt`, `another dozen`): not a total. */
  readonly beyond?: boolean;
}

export interface Attribution {
  readonly claimant: Claimant;
  readonly text: string;
  /** Span of the words naming the source (document offsets). */
  readonly start: number;
  readonly end: number;
  /** Token index of the cue (verb or frame) in its sentence. */
  readonly cue: number;
  /** Span of the cue words (`said`, `according to`, `claims`), filled in by find-attributions. */
  readonly cueStart?: number;
  readonly cueEnd?: number;
  readonly how: 'stated' | 'inferred';
}

export interface DraftClaim {
  readonly mention: NumberMention;
  readonly group: Group | null;
  readonly groupHow: 'stated' | 'inferred';
  /** The finer kind of the counted people (`crew`, `pilgrims`, `miners`), when the head noun names one. */
  readonly subgroup?: string | null;
  /** Token index of the counted noun, when found. */
  readonly head: number | null;
  readonly outcome: Outcome | null;
  readonly outcomeHow: 'stated' | 'inferred';
  /** The words that gave the outcome (`shot`, `were killed`), when a cue did. */
  readonly outcomeCue: string | null;
  readonly attribution: Attribution | null;
  readonly incident: string | null;
  readonly stated: string | null;
  /** MM-DD a report with no date of its own gives for the statement; its year comes from the incident. */
  readonly statedDay?: string | null;
  readonly hedged: boolean;
  readonly dropped: string | null;
  /** Key shared by counts of one coordination (different people, added up); null when alone. */
  readonly coordination?: string | null;
  /** Start offset of the wounded count this count of dead is part of (`five shot, one fatally`). */
  readonly partOf?: number | null;
  /** For a count of people hit: how many of them the same report says died elsewhere (count-survivors). */
  readonly deadAmong?: number | null;
  readonly trace: readonly string[];
}

export interface ExtractState {
  readonly document: SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly drafts: readonly DraftClaim[];
  /** Per sentence: the attributions its text states (possibly several). */
  readonly frames: readonly (readonly Attribution[])[];
  readonly claimants: readonly ClaimantMention[];
  readonly incidents: readonly LocalIncident[];
  /** Per sentence: the local incident key it is about (null: background). */
  readonly sentenceIncidents: readonly (string | null)[];
  /** The country the document is mostly about (slug), for role ids like `pakistan-military`. */
  readonly country: string | null;
  /** The report's language (detect-language); null before that stage. */
  readonly language: DocumentLanguage | null;
  /** Whether the report tells of people harmed in an event (assess-report); null before that stage. */
  readonly about: ReportAbout | null;
}

export function revise(
  draft: DraftClaim,
  stage: string,
  change: Partial<DraftClaim>,
  why: string,
): DraftClaim {
  return { ...draft, ...change, trace: [...draft.trace, traceLine(`${stage}: ${why}`)] };
}

export function drop(draft: DraftClaim, stage: string, why: string): DraftClaim {
  return revise(draft, stage, { dropped: traceLine(`${stage}: ${why}`) }, `dropped (${why})`);
}

const LINES = new Map<string, string>();
/** Past this many lines the table starts again: it serves one report's repeats, not a server's lifetime. */
const MAX_LINES = 20_000;

/**
 * One copy of each trace line. A long report says a few thousand lines tens of thousands of times (`drop-uncounted:
 * dropped (no counted people)`), each built from pieces: about 6 MB per MB of text, one copy a line instead.
 */
export function traceLine(line: string): string {
  const had = LINES.get(line);
  if (had !== undefined) return had;
  if (LINES.size >= MAX_LINES) LINES.clear();
  LINES.set(line, line);
  return line;
}

/**
 * The latest draft of each sentence that passes `keep`, as a stage walks the drafts in order: what
 * `drafts.findLast(same sentence && keep)` answers, without rescanning every earlier draft (quadratic on long texts).
 */
export function sentenceTails(keep: (d: DraftClaim) => boolean): {
  readonly last: (sentence: number) => DraftClaim | undefined;
  readonly note: (d: DraftClaim) => DraftClaim;
} {
  const tails = new Map<number, DraftClaim>();
  return {
    last: (sentence) => tails.get(sentence),
    note: (d) => {
      if (keep(d)) tails.set(d.mention.sentence, d);
      return d;
    },
  };
}

/** The drafts of each sentence, in document order. */
export function draftsBySentence(drafts: readonly DraftClaim[]): ReadonlyMap<number, readonly DraftClaim[]> {
  const by = new Map<number, DraftClaim[]>();
  for (const d of drafts) {
    const list = by.get(d.mention.sentence);
    if (list) list.push(d);
    else by.set(d.mention.sentence, [d]);
  }
  return by;
}
