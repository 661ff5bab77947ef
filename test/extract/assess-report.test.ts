import { describe, expect, it } from 'vitest';
import { extractDocument, traceDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { claimsOf, traceOf } from './helpers.js';

// Invented sentences: each mechanism of assess-report with a case that must fire and a near-miss that must not.
const assess = (text: string) =>
  extractDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));

describe('claim level: counts that are no incident', () => {
  const DROPPED: [string, string, string][] = [
    ['figurative', 'A clerk who pockets a few coins is held accountable, the senator said.', 'figurative'],
    ['figurative', 'Two officials were held responsible for the delays, the report said.', 'figurative'],
    ['natural death', 'Two villagers died of natural causes at the camp, officials said.', 'natural death'],
    ['illness', 'Two people recovering from pneumonia were hospitalized on Tuesday.', 'illness'],
    ['fiction', 'In the novel, two soldiers are killed by the dragon.', 'fiction'],
    ['hypothetical', 'In the event she was injured, the bleeding would be dangerous.', 'hypothetical'],
    ['rate, phrase', 'Thirty people are killed by lightning every year in the valley.', 'rates'],
    ['rate, number', 'Every 40 minutes, a driver is killed on the roads of the region.', 'rates'],
    [
      'places',
      'Crowds marched in 140 towns as 3,000 people were arrested over the weekend.',
      'counts places',
    ],
  ];
  it.each(DROPPED)('%s: %s', (_kind, text, reason) => {
    const state = traceDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    const dropped = state.drafts.filter((d) => d.dropped?.startsWith('assess-report'));
    expect(dropped.map((d) => d.dropped).join(' | '), traceOf(text)).toContain(reason);
  });

  const KEPT: [string, string, string][] = [
    [
      'figurative phrase, real harm',
      'The guard, who had a hard time at home, was shot and killed on Monday.',
      'killed',
    ],
    ['illness far from the cue', 'A woman with heart disease was charged with killing two people.', 'killed'],
    ['habit, not a rate', 'Gunmen shot dead a man who sang at church every week, police said.', 'killed'],
    ['places attacked', 'Rebels attacked 12 villages overnight and killed nine people.', 'killed'],
  ];
  it.each(KEPT)('%s: %s', (_kind, text, outcome) => {
    expect(
      claimsOf(text).some((c) => c.outcome === outcome),
      traceOf(text),
    ).toBe(true);
  });
  it('keeps the places attacked as a claim', () => {
    expect(
      claimsOf('Rebels attacked 12 villages overnight and killed nine people.').map((c) => c.value.text),
    ).toContain('12');
  });
});

describe('report level: about people harmed in an event, or not', () => {
  it('a report that leads with a count of harm is about harm', () => {
    const e = assess(
      'Two workers were killed when a tunnel flooded on Friday. Rescuers pumped water for hours.',
    );
    expect(e.assessment?.about.decision).toBe('harm');
    expect(e.claims.length).toBeGreaterThan(0);
  });
  it('a headline verb of harm leads even when the count comes later', () => {
    const text = [
      'Boy, 7, shoots cousin with a pistol found in a drawer',
      'The family had moved to the town last spring.',
      'Neighbours said the children played outside most days.',
      'The pistol belonged to an uncle who kept it unlocked.',
      'A girl was wounded in the arm, police said.',
    ].join('\n\n');
    expect(assess(text).assessment?.about.decision).toBe('harm');
  });
  it('one death deep in a long essay about something else is no report of harm; its draft stays in the trace', () => {
    const filler = Array.from(
      { length: 14 },
      (_, i) => `The committee debated budget line ${i + 1} of the water plan.`,
    );
    const text = [...filler.slice(0, 8), 'A man died in 2019.', ...filler.slice(8)].join(' ');
    const e = assess(text);
    expect(e.assessment?.about.decision).toBe('no harm');
    expect(e.claims).toEqual([]);
    const state = traceDocument(normalizeDocument({ text, id: 't', published: '2025-03-14' }));
    expect(state.drafts.some((d) => d.dropped?.includes('tells of no one harmed'))).toBe(true);
  });
  it('a short report naming its event beside the count is about harm', () => {
    const text =
      'The council met on Monday. The budget passed. Later that night a fire broke out in the market. A man was injured in the fire.';
    expect(assess(text).assessment?.about.decision).toBe('harm');
  });
  it('keeps the reasons with the decision', () => {
    const about = assess('Gunmen killed four guards at the bridge on Sunday.').assessment?.about;
    expect(about?.reasons.join(' ')).toMatch(/leads with it: “four” killed/);
  });
});
