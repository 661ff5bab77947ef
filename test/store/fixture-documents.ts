// Small hand-written reports for the store suite, read through the real normaliser.
import type { DocumentInput, SourceDocument } from '../../src/model/document.js';
import type { DocumentExtraction } from '../../src/model/extraction.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

export function fixtureDocument(
  input: DocumentInput & { readonly text: string; readonly id: string },
): SourceDocument {
  return normalizeDocument({ source: `reports/${input.id}.txt`, ...input });
}

export const TRAIN = fixtureDocument({
  id: 'train-1',
  title: 'Train hijacked in Bolan',
  text: 'Incident: Jaffar Express hijacking.\nMilitants hijacked the train near a tunnel.\nOfficials said 21 passengers were killed.\nRebels said 50 hostages were held.\n',
});

export const TRAIN_UPDATE = fixtureDocument({
  id: 'train-2',
  text: 'Incident: Jaffar Express hijacking.\nThe siege of the train ended.\nOfficials said 26 passengers were killed.\nArmy Spokesman said 33 militants were killed.\n',
});

export const MARKET = fixtureDocument({
  id: 'market-1',
  text: 'Incident: Quetta market bombing.\nA bomb went off in a crowded market.\nPolice said 12 civilians were killed.\nPolice said 40 civilians were wounded.\n',
});

export const BACKGROUND = fixtureDocument({
  id: 'background',
  text: 'Attacks on trains are not new.\nAnalysts said 3 passengers were wounded.\n',
});

/** A dated news report whose headline is its first sentence. */
export function newsReport(id: string, published: string, text: string): SourceDocument {
  return fixtureDocument({ id, published, title: text.split('.')[0]!.slice(0, 80), text });
}

/** The real extractor, each text (with its id and date) extracted once per test file. */
export function onceEach(): (d: SourceDocument) => DocumentExtraction {
  const made = new Map<string, DocumentExtraction>();
  return (d) => {
    const key = `${d.id}\u0000${d.published}\u0000${d.text}`;
    let e = made.get(key);
    if (!e) made.set(key, (e = extractDocument(d)));
    return e;
  };
}
