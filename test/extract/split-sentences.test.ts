import { describe, expect, it } from 'vitest';
import { traceDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import { claimsOf } from './helpers.js';

const sentencesOf = (text: string) =>
  traceDocument(normalizeDocument({ text, id: 't', published: '2016-01-10' })).sentences.map((s) => s.text);

describe('split-sentences: a full stop that lost its space', () => {
  it('splits `injured.Authorities` and reads the outcome', () => {
    const text = 'One man died and three others were injured.Authorities said the shooting began at 9 p.m.';
    expect(sentencesOf(text)).toEqual([
      'One man died and three others were injured.',
      'Authorities said the shooting began at 9 p.m.',
    ]);
    expect(claimsOf(text).map((c) => [c.value.text, c.outcome])).toContainEqual(['three', 'wounded']);
  });

  it('splits after a glued `p.m.` and keeps the time a time', () => {
    const text = 'It happened at about 6 p.m.The girl was taken to a hospital.';
    expect(sentencesOf(text)).toHaveLength(2);
    expect(claimsOf(text).map((c) => c.value.text)).toEqual(['The']);
  });

  it('leaves abbreviations and domains alone', () => {
    expect(sentencesOf('He moved to St.Louis in May.')).toHaveLength(1);
    expect(sentencesOf('Read more at wkrn.com today.')).toHaveLength(1);
  });
});
