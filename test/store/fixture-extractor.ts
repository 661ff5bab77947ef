// A pure stand-in for `extractDocument` whose claims do not depend on extraction quality:
// `Incident: NAME.` opens the document's main incident; `Recalled: NAME.` names an older one it recalls, undated;
// `SOURCE said N GROUP were OUTCOME.` is a claim (of the main incident).
import type { Claim } from '../../src/model/claim.js';
import type { SourceDocument } from '../../src/model/document.js';
import type { DocumentExtraction, LocalIncident } from '../../src/model/extraction.js';
import type { Group, Outcome } from '../../src/model/vocabulary.js';

const INCIDENT = /Incident: ([^.\n]+)\./;
const RECALLED = /Recalled: ([^.\n]+)\./;
const CLAIM =
  /([A-Z][a-z]+(?: [A-Z][a-z]+)*) said (\d+) (passengers|militants|civilians|hostages) were (killed|wounded|held|rescued)\./g;

export function fixtureExtract(document: SourceDocument): DocumentExtraction {
  const named = INCIDENT.exec(document.text);
  const incidents: LocalIncident[] = named?.[1]
    ? [{ key: 'i1', label: named[1], date: null, place: null, aliases: [named[1]], main: true }]
    : [];
  const recalled = RECALLED.exec(document.text)?.[1];
  if (recalled)
    incidents.push({ key: 'r1', label: recalled, date: null, place: null, aliases: [recalled], main: false });
  const claims: Claim[] = [...document.text.matchAll(CLAIM)].map((m, n) => {
    const [sentence, name = '', figure = '', group, outcome] = m;
    const start = m.index;
    const numberStart = start + sentence.indexOf(` ${figure} `) + 1;
    return {
      id: `${document.id}:c${n + 1}`,
      document: document.id,
      incident: incidents.length ? 'i1' : null,
      outcome: outcome as Outcome,
      group: group as Group,
      value: { low: Number(figure), high: Number(figure), qualifier: 'exact', text: figure },
      claimant: { id: name.toLowerCase().replace(/ /g, '-'), name, kind: 'official' },
      stated: null,
      hedged: false,
      evidence: {
        start,
        end: start + sentence.length,
        text: sentence,
        numberStart,
        numberEnd: numberStart + figure.length,
      },
      provenance: {
        claimant: 'stated',
        claimantText: name,
        outcome: 'stated',
        group: 'stated',
        trace: ['fixture'],
      },
    };
  });
  return { document, claims, incidents, claimants: [] };
}
