import { describe, expect, it } from 'vitest';
import { parseBrat, type PolnearArticle } from '../../src/eval/external/read-polnear.js';
import { judgeArticle, spanScore } from '../../src/eval/external/score-polnear.js';
import { locatePhrase } from '../../src/eval/external/span-overlap.js';
import { claim } from './claim-fixture.js';

const TEXT =
  'Police said 12 people were killed. The mayor added that 3 were hurt. Turnout was high, it was noted.';

const ANN = [
  'T1\tSource 0 6\tPolice',
  'T2\tCue 7 11\tsaid',
  'T3\tContent 12 33\t12 people were killed',
  'T4\tAttribution 7 11\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 35 44\tThe mayor',
  'T6\tCue 45 50\tadded',
  'T7\tContent 51 55;56 67\tthat 3 were hurt',
  'T8\tAttribution 45 50\tadded',
  'E2\tAttribution:T8 Content:T7 Cue:T6 source:T5',
  'T9\tContent 69 85\tTurnout was high',
  'T10\tCue 90 99\twas noted',
  'T11\tAttribution-no-source 90 99\twas noted',
  'E3\tAttribution-no-source:T11 Content:T9 Cue:T10',
].join('\n');

const article: PolnearArticle = {
  name: 'a',
  text: TEXT,
  published: null,
  annotator: 'x',
  attributions: parseBrat(ANN),
};

describe('parseBrat', () => {
  it('reads roles case-insensitively, discontinuous spans and attributions without a source', () => {
    const [a1, a2, a3] = article.attributions;
    expect(a1).toMatchObject({ id: 'E1', sources: [{ text: 'Police' }], cues: [{ text: 'said' }] });
    expect(a2?.sources[0]?.text).toBe('The mayor');
    expect(a2?.contents[0]?.fragments).toEqual([
      [51, 55],
      [56, 67],
    ]);
    expect(a3?.sources).toEqual([]);
  });
});

describe('locatePhrase', () => {
  it('prefers an occurrence inside the sentence, else the nearest one before the number', () => {
    const t = 'Police came. Police said 4 died. Later police said more.';
    expect(locatePhrase(t, 'police', [13, 32], 25)).toEqual([13, 19]);
    expect(locatePhrase(t, 'Police', [26, 32], 25)).toEqual([13, 19]);
    expect(locatePhrase(t, 'army', [0, 56], 25)).toBeNull();
  });
});

describe('attribution scoring', () => {
  it('matches claimant spans by overlap with the source of the attribution holding the number', () => {
    const claims = [
      // right source, found by searching its words in the sentence
      claim({
        outcome: 'killed',
        low: 12,
        text: '12',
        numberStart: 12,
        sentence: [0, 34],
        claimantText: 'Police',
      }),
      // wrong source: the mayor's figure given to the police
      claim({
        outcome: 'wounded',
        low: 3,
        text: '3',
        numberStart: 56,
        sentence: [35, 68],
        claimantText: 'Police',
      }),
    ];
    const scored = judgeArticle(article, claims);
    expect(scored.gold.map((a) => a.id)).toEqual(['E1', 'E2']);
    const s = spanScore([scored], 'sources', (j) => j.source);
    expect(s).toMatchObject({
      correct: 1,
      predicted: 2,
      hit: 1,
      gold: 2,
      precision: 0.5,
      recall: 0.5,
      reached: 2,
    });
  });

  it('counts a source given to an author-voice figure as wrong, and a missing source against recall', () => {
    const text = 'Police said 12 people were killed. 5 cars burned.';
    const a: PolnearArticle = {
      ...article,
      text,
      attributions: parseBrat(ANN.split('\n').slice(0, 5).join('\n')),
    };
    const claims = [
      claim({
        outcome: 'killed',
        low: 12,
        text: '12',
        numberStart: 12,
        sentence: [0, 34],
        claimantKind: 'author',
      }),
      claim({
        outcome: 'other',
        low: 5,
        text: '5',
        numberStart: 35,
        sentence: [35, 49],
        claimantText: 'Police',
      }),
    ];
    const s = spanScore([judgeArticle(a, claims)], 'sources', (j) => j.source);
    expect(s).toMatchObject({
      correct: 0,
      predicted: 1,
      hit: 0,
      gold: 1,
      reached: 1,
      precision: 0,
      recall: 0,
    });
  });

  it('uses carried claimant and cue offsets when the claim has them', () => {
    const c = claim({
      outcome: 'killed',
      low: 12,
      text: '12',
      numberStart: 12,
      claimantText: 'they',
      claimantSpan: { start: 0, end: 6 },
      cue: { start: 7, end: 11, text: 'said' },
    });
    const scored = judgeArticle(article, [c]);
    expect(spanScore([scored], 'sources', (j) => j.source)).toMatchObject({ correct: 1, hit: 1 });
    expect(spanScore([scored], 'cues', (j) => j.cue)).toMatchObject({
      correct: 1,
      predicted: 1,
      hit: 1,
      gold: 2,
    });
  });
});
