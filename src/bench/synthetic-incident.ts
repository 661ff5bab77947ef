// A synthetic incident of any size, with hand-built claims whose spans are exact, for measuring the web app at
// 1,000+ claims independently of extraction quality.
import { normalizeDocument } from '../ingest/normalize-document.js';
import type { Claim } from '../model/claim.js';
import type { SourceDocument } from '../model/document.js';
import type { DocumentExtraction } from '../model/extraction.js';
import { CLAIMANT_KINDS, type Group, type Outcome } from '../model/vocabulary.js';

const SYNTHETIC_ROWS: readonly (readonly [Outcome, Group])[] = [
  ['killed', 'security_forces'],
  ['killed', 'militants'],
  ['killed', 'passengers'],
  ['killed', 'civilians'],
  ['wounded', 'people'],
  ['held', 'hostages'],
  ['rescued', 'hostages'],
  ['released', 'passengers'],
  ['executed', 'hostages'],
  ['missing', 'people'],
  ['present', 'passengers'],
  ['killed', 'railway_staff'],
];

/** An incident of `claims` figures spread over articles, rows and 37 claimants of every kind. */
export function syntheticIncident(
  claims = 1000,
  articles = 20,
): { docs: SourceDocument[]; extract: (d: SourceDocument) => DocumentExtraction } {
  const byDoc = new Map<string, Claim[]>();
  const docs: SourceDocument[] = [];
  for (let d = 0; d < articles; d++) {
    const id = `synthetic-${d}`;
    let text = `Synthetic report ${d} on the Jaffar Express siege.\n`;
    const list: Claim[] = [];
    for (let i = d; i < claims; i += articles) {
      const claim = syntheticClaim(id, i, text.length);
      text += claim.evidence.text + ' ';
      list.push(claim);
    }
    byDoc.set(id, list);
    docs.push(normalizeDocument({ id, text, title: `Synthetic report ${d}` }));
  }
  const incident = {
    key: 'synthetic',
    label: 'Synthetic siege',
    date: '2025-03-11',
    place: null,
    aliases: [],
    main: true,
  };
  return {
    docs,
    extract: (doc) => ({
      document: doc,
      claims: byDoc.get(doc.id) ?? [],
      incidents: [incident],
      claimants: [],
    }),
  };
}

/** Claim `i` as one well-formed sentence starting at `start`; one claimant always has one kind. */
function syntheticClaim(document: string, i: number, start: number): Claim {
  const [outcome, group] = SYNTHETIC_ROWS[i % SYNTHETIC_ROWS.length] as readonly [Outcome, Group];
  const source = i % 37;
  const value = 10 + ((i * 37) % 300);
  const open = i % 9 === 0;
  const number = open ? `more than ${value}` : String(value);
  const sentence = `Source ${source} said ${number} ${group.replace('_', ' ')} were ${outcome}.`;
  const numberStart = start + sentence.indexOf(number);
  return {
    id: `${document}-${i}`,
    document,
    incident: 'synthetic',
    outcome,
    group,
    value: {
      low: open ? value + 1 : value,
      high: open ? null : value,
      qualifier: open ? 'more_than' : 'exact',
      text: number,
    },
    claimant: {
      id: `source-${source}`,
      name: `Source ${source}`,
      kind: CLAIMANT_KINDS[source % CLAIMANT_KINDS.length] ?? 'unknown',
    },
    stated: null,
    hedged: i % 10 === 3,
    evidence: {
      start,
      end: start + sentence.length,
      text: sentence,
      numberStart,
      numberEnd: numberStart + number.length,
    },
    provenance: {
      claimant: i % 10 === 5 ? 'inferred' : 'stated',
      claimantText: `Source ${source}`,
      outcome: 'stated',
      group: 'stated',
      trace: ['synthetic'],
    },
  };
}
