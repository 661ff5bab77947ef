// Hand-made claims over the sample articles, so server and browser tests do not depend on extraction quality.
// Each spec names a phrase of an article and the number inside it; the extractor builds exact spans from the text.
import type { Claim, Claimant } from '../../src/model/claim.js';
import type { SourceDocument } from '../../src/model/document.js';
import type { DocumentExtraction, LocalIncident } from '../../src/model/extraction.js';
import type { Group, Outcome, Qualifier } from '../../src/model/vocabulary.js';

export interface ClaimSpec {
  readonly anchor: string;
  readonly number: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: Qualifier;
  readonly outcome: Outcome;
  readonly group: Group;
  readonly claimant: Claimant;
  readonly hedged?: boolean;
  readonly inferred?: boolean;
}

const BLA: Claimant = { id: 'bla', name: 'BLA', kind: 'insurgent' };
const MILITARY: Claimant = { id: 'pakistan-military', name: 'Pakistani military', kind: 'official' };
const AUTHOR: Claimant = { id: 'author', name: 'the article', kind: 'author' };

export const SAMPLE_SPECS: readonly ClaimSpec[] = [
  {
    anchor: 'over 200 Pakistani',
    number: 'over 200',
    low: 201,
    high: null,
    qualifier: 'more_than',
    outcome: 'held',
    group: 'security_forces',
    claimant: BLA,
  },
  {
    anchor: '21 passengers were killed',
    number: '21',
    low: 21,
    high: 21,
    qualifier: 'exact',
    outcome: 'killed',
    group: 'passengers',
    claimant: MILITARY,
  },
  {
    anchor: 'more than 20 Pakistani',
    number: 'more than 20',
    low: 21,
    high: null,
    qualifier: 'more_than',
    outcome: 'killed',
    group: 'security_forces',
    claimant: AUTHOR,
  },
  {
    anchor: 'approximately 200 passengers',
    number: 'approximately 200',
    low: 200,
    high: 200,
    qualifier: 'approx',
    outcome: 'held',
    group: 'passengers',
    claimant: AUTHOR,
  },
  {
    anchor: 'all 214 military',
    number: 'all 214',
    low: 214,
    high: 214,
    qualifier: 'exact',
    outcome: 'executed',
    group: 'security_forces',
    claimant: BLA,
  },
  {
    anchor: 'over 400 passengers',
    number: 'over 400',
    low: 401,
    high: null,
    qualifier: 'more_than',
    outcome: 'present',
    group: 'passengers',
    claimant: AUTHOR,
  },
  {
    anchor: 'all 33 insurgents',
    number: 'all 33',
    low: 33,
    high: 33,
    qualifier: 'exact',
    outcome: 'killed',
    group: 'militants',
    claimant: MILITARY,
  },
  {
    anchor: '23 soldiers',
    number: '23',
    low: 23,
    high: 23,
    qualifier: 'exact',
    outcome: 'killed',
    group: 'security_forces',
    claimant: MILITARY,
  },
  {
    anchor: 'five civilians',
    number: 'five',
    low: 5,
    high: 5,
    qualifier: 'exact',
    outcome: 'killed',
    group: 'civilians',
    claimant: MILITARY,
    inferred: true,
  },
  {
    anchor: 'six military personnel',
    number: 'six',
    low: 6,
    high: 6,
    qualifier: 'exact',
    outcome: 'killed',
    group: 'security_forces',
    claimant: BLA,
  },
  {
    anchor: 'All hundreds of hostages',
    number: 'hundreds',
    low: 200,
    high: null,
    qualifier: 'vague',
    outcome: 'executed',
    group: 'hostages',
    claimant: BLA,
    hedged: true,
  },
  {
    anchor: 'around 440 passengers',
    number: 'around 440',
    low: 440,
    high: 440,
    qualifier: 'approx',
    outcome: 'present',
    group: 'passengers',
    claimant: AUTHOR,
  },
];

export const JAFFAR: LocalIncident = {
  key: 'jaffar',
  label: 'Jaffar Express hijacking',
  date: '2025-03-11',
  place: 'Mashkaf, Bolan',
  aliases: ['Jaffar Express', 'Jaffer Express'],
  main: true,
};

/** An Extractor (see src/store/ingest-document.ts) that finds the specs' phrases in any document. */
export function fixtureExtractor(specs: readonly ClaimSpec[] = SAMPLE_SPECS) {
  return (document: SourceDocument): DocumentExtraction => {
    const claims = specs.flatMap((s, i) => {
      const at = document.text.indexOf(s.anchor);
      return at === -1 ? [] : [claimAt(document, s, at + s.anchor.indexOf(s.number), i)];
    });
    const mentionsIncident = /Jaff?[ae]r Express/.test(document.text);
    return {
      document,
      claims: mentionsIncident ? claims : claims.map((c) => ({ ...c, incident: null })),
      incidents: mentionsIncident || claims.length > 0 ? [JAFFAR] : [],
      claimants: [],
    };
  };
}

function claimAt(document: SourceDocument, s: ClaimSpec, numberStart: number, i: number): Claim {
  const text = document.text;
  const start = sentenceStart(text, numberStart);
  const end = sentenceEnd(text, numberStart);
  return {
    id: `${document.id}-c${i}`,
    document: document.id,
    incident: JAFFAR.key,
    outcome: s.outcome,
    group: s.group,
    value: { low: s.low, high: s.high, qualifier: s.qualifier, text: s.number },
    claimant: s.claimant,
    stated: null,
    hedged: s.hedged ?? false,
    evidence: {
      start,
      end,
      text: text.slice(start, end),
      numberStart,
      numberEnd: numberStart + s.number.length,
    },
    provenance: {
      claimant: s.inferred ? 'inferred' : 'stated',
      claimantText: s.inferred ? null : s.claimant.name,
      outcome: 'stated',
      group: 'stated',
      trace: ['fixture: hand-made claim for server tests'],
    },
  };
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--)
    if ('.!?\n'.includes(text[i] as string)) return i + 1 + (text[i + 1] === ' ' ? 1 : 0);
  return 0;
}

function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if ('.!?\n'.includes(text[i] as string)) return i + 1;
  return text.length;
}
