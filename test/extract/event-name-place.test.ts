// An event's own name is never its place: `killed in the Jaffar Express train hijacking` names the event, not where.
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';

const main = (text: string) => {
  const doc = {
    id: 'r',
    source: 'r.txt',
    title: null,
    url: null,
    outlet: null,
    published: '2025-03-14',
    publishedInferred: false,
    text,
  };
  return extractDocument(doc, {}).incidents.find((i) => i.main)!;
};

describe('the place of a named event', () => {
  test.each([
    ['The army said 26 hostages were killed in the Jaffar Express train hijacking.', 'Jaffar Express'],
    ['Police said 4 people were killed in the Khyber Mail train bombing.', 'Khyber Mail'],
  ])('%s is placed nowhere rather than in its own name', (text, name) => {
    const incident = main(text);
    expect([incident.label, ...incident.aliases].join(' ')).toContain(name);
    expect(incident.place).not.toBe(name);
  });

  test.each([
    ['The army said 26 hostages were killed in the Jaffar Express hijacking near Mashkaf.', 'Mashkaf'],
    ['Police said 4 people were killed in Tarkot on Friday.', 'Tarkot'],
    // Named after the place it happened in, and told as a place: still its place.
    ['Police said 4 people were killed in the Tarkot market bombing in Tarkot.', 'Tarkot'],
  ])('%s keeps the place the text gives', (text, place) => {
    expect(main(text).place).toBe(place);
  });
});
