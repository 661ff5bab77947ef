// Round-ups and statistics a report cites are context: their own (background) incident, never the story's toll.
import { describe, expect, test } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';

const report = (second: string) => ({
  id: 'r',
  source: 'r.txt',
  title: null,
  url: null,
  outlet: null,
  published: '2025-06-01',
  publishedInferred: false,
  text: `Gunmen killed 4 villagers in Tarkot on Friday, police said.\n${second}`,
});

function killedAndWounded(second: string) {
  const a = analyzeDocuments([report(second)]);
  const main = a.incidents.find((i) => i.main)!;
  const background = a.incidents.filter((i) => i.background !== undefined);
  const rows = a.estimates.filter((e) => e.incident === main.id && e.group === 'all');
  return { rows, background, a };
}

describe('background figures never vote', () => {
  test.each([
    'More than 3,000 people have been shot in the province this year, officials said.',
    'Thousands of men have been abducted by security forces over the years, activists say.',
    'Since 2010, more than 400 people have died in such attacks.',
    'In the past decade, 1,200 people were killed in the district.',
    'Every year about 300 people are kidnapped in the valley.',
    'The thousands of disappeared deserve justice.',
  ])('%s', (second) => {
    const { rows, background } = killedAndWounded(second);
    expect(background).toHaveLength(1);
    expect(background[0]!.background).toBeTruthy();
    for (const r of rows) expect(r.best).toBeLessThan(100);
    expect(rows.find((r) => r.outcome === 'killed')?.best).toBe(4);
  });

  test.each([
    'Thousands of people were evacuated after the attack on Friday, officials said.',
    'Two more villagers died in hospital on Saturday, a doctor said.',
    'The attack this week was the deadliest in Tarkot, police said.',
  ])('the story’s own figures stay: %s', (second) => {
    const { background } = killedAndWounded(second);
    expect(background).toHaveLength(0);
  });
});
