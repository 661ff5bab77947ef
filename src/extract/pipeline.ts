// The extraction pipeline, in order. Each stage is a pure function of the shared state (see draft.ts).
import type { ExtractState } from './draft.js';
import { splitSentences } from './stages/split-sentences.js';
import { detectCountry } from './stages/detect-country.js';
import { findNumbers } from './stages/find-numbers.js';
import { dropNonCounts } from './stages/drop-non-counts.js';
import { attachGroup } from './stages/attach-group.js';
import { attachOutcome } from './stages/attach-outcome.js';
import { dropUncounted } from './stages/drop-uncounted.js';
import { countOrdinals } from './stages/count-ordinals.js';
import { settleShotVictims } from './stages/settle-shot-victims.js';
import { linkCoordinations } from './stages/link-coordinations.js';
import { linkParts } from './stages/link-parts.js';
import { countSelfInflicted } from './stages/count-self-inflicted.js';
import { findAttributions } from './stages/find-attributions.js';
import { attachClaimant } from './stages/attach-claimant.js';
import { findIncidents } from './stages/find-incidents.js';
import { attachIncident } from './stages/attach-incident.js';
import { countSurvivors } from './stages/count-survivors.js';
import { attachStatedDate } from './stages/attach-stated-date.js';
import { markHedged } from './stages/mark-hedged.js';
import { assessReport, detectReportLanguage } from './stages/assess-report.js';

export interface Stage {
  readonly name: string;
  readonly run: (state: ExtractState) => ExtractState;
}

export const PIPELINE: readonly Stage[] = [
  // Sentences and tokens first: every later stage works on them.
  { name: 'split-sentences', run: splitSentences },
  // The report's language: one we do not read yields no claims and says so (assess-report).
  { name: 'detect-language', run: detectReportLanguage },
  // The document's country qualifies role ids (`pakistan-military`) before any source is read.
  { name: 'detect-country', run: detectCountry },
  // Anchor on numbers: every number expression once, hedge included.
  { name: 'find-numbers', run: findNumbers },
  // Cheap shape checks before any meaning: dates, durations, ages, money, idioms.
  { name: 'drop-non-counts', run: dropNonCounts },
  // What is counted, from the head noun; some nouns fix the outcome too (coffins, casualties, places).
  { name: 'attach-group', run: attachGroup },
  // What happened to them, from the governing verb; needs the head noun's position.
  { name: 'attach-outcome', run: attachOutcome },
  // Numbers with no people or no outcome are not claims.
  { name: 'drop-uncounted', run: dropUncounted },
  // A victim numbered by an ordinal (`a fourth victim`) sets a floor for the count of the wounded.
  { name: 'count-ordinals', run: countOrdinals },
  // Needs every outcome of the document: a lone "shot" victim in a story with a death is that death.
  { name: 'settle-shot-victims', run: settleShotVictims },
  // Coordinated counts with one outcome are different people (summed by reconciliation).
  { name: 'link-coordinations', run: linkCoordinations },
  // Counts of dead told inside a count of the shot (`five shot, one fatally`).
  { name: 'link-parts', run: linkParts },
  // A shooter who killed themself is one more of the dead (`killed two people before killing himself`).
  { name: 'count-self-inflicted', run: countSelfInflicted },
  // Every draft exists now: drop counts that are no incident, then decide whether the report tells of harm at all.
  { name: 'assess-report', run: assessReport },
  // Sources and attribution frames of every sentence, in order, so pronouns resolve to what came before.
  { name: 'find-attributions', run: findAttributions },
  { name: 'attach-claimant', run: attachClaimant },
  // Incidents by sentence, then per claim.
  { name: 'find-incidents', run: findIncidents },
  { name: 'attach-incident', run: attachIncident },
  // Needs incidents: deaths told apart from a count of the hit are among it (`two were shot … Wells died`).
  { name: 'count-survivors', run: countSurvivors },
  // When it was said, and with what reserve.
  { name: 'attach-stated-date', run: attachStatedDate },
  { name: 'mark-hedged', run: markHedged },
];

export function runPipeline(initial: ExtractState, stages: readonly Stage[] = PIPELINE): ExtractState {
  return stages.reduce((state, stage) => stage.run(state), initial);
}
