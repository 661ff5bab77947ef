// One document in, its claims, local incidents and source mentions out. Pure: no I/O.
import type { Claim } from '../model/claim.js';
import type { SourceDocument } from '../model/document.js';
import type { DocumentAssessment, DocumentExtraction } from '../model/extraction.js';
import { AUTHOR } from './claimant-ids.js';
import type { DraftClaim, ExtractState } from './draft.js';
import { runPipeline } from './pipeline.js';
import { inferPublished } from './stages/infer-published.js';

export interface ExtractOptions {
  /** Reference date for a document that carries none (`--published`); marked as inferred. */
  readonly published?: string | null;
}

export function extractDocument(document: SourceDocument, options: ExtractOptions = {}): DocumentExtraction {
  const state = runPipeline(initialState(inferPublished(document, options.published)));
  return {
    document: state.document,
    assessment: assessmentOf(state),
    claims: state.drafts.filter((d) => !d.dropped).map((d) => toClaim(state, d)),
    incidents: state.incidents,
    claimants: state.claimants,
  };
}

/** The whole state after the pipeline, dropped drafts included: what a user sees when asking "why?". */
export function traceDocument(document: SourceDocument, options: ExtractOptions = {}): ExtractState {
  return runPipeline(initialState(inferPublished(document, options.published)));
}

/** The report-level decision as the output keeps it (every run of the pipeline fills both). */
export function assessmentOf(state: ExtractState): DocumentAssessment {
  const language = state.language ?? { code: 'und', name: 'undetermined', read: true, reliable: false };
  return { language, about: state.about ?? { harm: false, decision: 'no harm', reasons: ['not assessed'] } };
}

/** The empty state the pipeline starts from. */
export function initialState(document: SourceDocument): ExtractState {
  return {
    document,
    sentences: [],
    drafts: [],
    frames: [],
    claimants: [],
    incidents: [],
    sentenceIncidents: [],
    country: null,
    language: null,
    about: null,
  };
}

function toClaim(state: ExtractState, d: DraftClaim): Claim {
  const s = state.sentences[d.mention.sentence];
  if (!s || !d.group || !d.outcome)
    throw new Error(`draft "${d.mention.text}" reached the end without group/outcome`);
  const a = d.attribution;
  return {
    id: `${state.document.id}#${d.mention.start}`,
    document: state.document.id,
    incident: d.incident,
    outcome: d.outcome,
    group: d.group,
    value: { low: d.mention.low, high: d.mention.high, qualifier: d.mention.qualifier, text: d.mention.text },
    claimant: a ? a.claimant : AUTHOR,
    stated: d.stated,
    hedged: d.hedged,
    evidence: {
      start: s.start,
      end: s.end,
      text: s.text,
      numberStart: d.mention.start,
      numberEnd: d.mention.end,
    },
    provenance: {
      claimant: a?.how ?? 'inferred',
      claimantText: a?.text ?? null,
      claimantSpan: a ? { start: a.start, end: a.end } : null,
      cue:
        a?.cueStart !== undefined && a.cueEnd !== undefined
          ? { start: a.cueStart, end: a.cueEnd, text: state.document.text.slice(a.cueStart, a.cueEnd) }
          : null,
      outcome: d.outcomeHow,
      group: d.groupHow,
      ...(d.subgroup ? { subgroup: d.subgroup } : {}),
      individual: d.mention.kind === 'article' || d.mention.kind === 'definite',
      ...(d.mention.beyond ? { beyond: true } : {}),
      partOf: d.partOf != null ? `${state.document.id}#${d.partOf}` : null,
      deadAmong: d.deadAmong ?? null,
      coordination: d.coordination ? `${state.document.id}#${d.coordination}` : null,
      ...(d.statedDay ? { statedDay: d.statedDay } : {}),
      trace: d.trace,
    },
  };
}
