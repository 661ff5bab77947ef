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

describe('report level: people present and places are context, not harm by themselves', () => {
  const decision = (text: string) => assess(text).assessment?.about;
  it('a crowd taking part in a vote, in a report on schools, is no report of harm', () => {
    const text = [
      'The school board met on Monday.',
      'Parents asked about the new timetable.',
      'More than 5,000 teachers took part in the vote on Tuesday.',
      'The union said it would meet again in spring.',
      'The minister praised the turnout.',
    ].join(' ');
    const e = assess(text);
    expect(e.assessment?.about.decision, traceOf(text)).toBe('no harm');
    expect(e.assessment?.about.reasons.join(' ')).toContain('1 count of people present or places');
    expect(e.claims).toEqual([]);
  });
  it('things counted in a report of business (`one of two things must take place`) are no harm', () => {
    const text =
      'The chain grew fast last year. Now one of two things must take place. Managers were hired in spring. The menu changed twice. Prices stayed flat.';
    expect(decision(text)?.decision, traceOf(text)).toBe('no harm');
  });
  it('people present beside a named event tell of it', () => {
    const text =
      'The council met on Monday. The budget passed. Later that night a fire broke out at the depot. About 30 workers were inside. All got out.';
    const e = assess(text);
    expect(e.assessment?.about.decision, traceOf(text)).toBe('harm');
    expect(e.assessment?.about.reasons.join(' ')).toMatch(/“About 30” present beside an event/);
    expect(e.claims.map((c) => c.value.text)).toEqual(['About 30']);
  });
  it('people present where a verb of harm stands in their sentence tell of the event', () => {
    const text =
      'The council met on Monday. The budget passed. The mayor left early. Gunmen shot at a bus carrying 40 passengers near the market.';
    expect(decision(text)?.decision, traceOf(text)).toBe('harm');
  });
  it('a report of one sentence is its count: the people on board stay', () => {
    const about = decision('The ferry had 210 passengers on board.');
    expect(about?.decision).toBe('harm');
    expect(about?.reasons.join(' ')).toContain('the report is its count');
  });
  it('the same sentence inside a longer report of no event is context only', () => {
    const text = [
      'The ferry company published its summer timetable.',
      'Boats leave every hour from the north pier.',
      'On the first crossing the ferry had 210 passengers on board.',
      'Tickets can be bought online.',
      'The café on deck opens at nine.',
    ].join(' ');
    expect(decision(text)?.decision, traceOf(text)).toBe('no harm');
  });
});
