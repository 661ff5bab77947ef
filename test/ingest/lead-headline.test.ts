// Headlines for untitled reports: a title wins; else the first line that can be a headline, cut at a word.
import { expect, it } from 'vitest';
import { leadHeadline } from '../../src/ingest/lead-headline.js';

it('takes the title when there is one', () => {
  expect(leadHeadline('  Floods in Sindh ', 'Some text.')).toBe('Floods in Sindh');
});

it('passes over an outlet line and takes a headline-like line whole', () => {
  expect(
    leadHeadline(
      null,
      'dailywire.example\n\nBridge Collapse Leaves Dozens Stranded In Gilgit\n\nThe bridge fell.',
    ),
  ).toBe('Bridge Collapse Leaves Dozens Stranded In Gilgit');
});

it('takes the first sentence of a lead paragraph, cut at a word when long', () => {
  expect(leadHeadline(null, 'A bus overturned near Sibi on Sunday. Police said four were hurt.')).toBe(
    'A bus overturned near Sibi on Sunday.',
  );
  const long =
    'On a cold morning in late January, a convoy carrying supplies for three remote villages in the mountains was stopped by armed men near the pass.';
  const h = leadHeadline(null, long);
  expect(h.endsWith('…')).toBe(true);
  expect(h.length).toBeLessThanOrEqual(111);
  expect(long.startsWith(h.slice(0, -1))).toBe(true);
  expect(h).not.toMatch(/\s…$/);
});

it('keeps a short text whole and an empty one empty', () => {
  expect(leadHeadline(null, 'Two hurt.')).toBe('Two hurt.');
  expect(leadHeadline(null, '   ')).toBe('');
  // "U.S." inside the first sentence does not end it early, as long as no space follows the dot.
  expect(leadHeadline(null, 'Strikes hit U.S.-run base in the north. More later.')).toBe(
    'Strikes hit U.S.-run base in the north.',
  );
});
