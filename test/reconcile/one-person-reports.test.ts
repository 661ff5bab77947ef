// A report that tells of one person hurt is a part of the victims, not a rival toll (docs/reconciliation.md §6).
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

/** The `all` estimate of an outcome over reports given as [published, text]. */
function estimateOver(outcome: string, ...reports: [published: string, text: string][]) {
  const docs = reports.map(([published, text], i) => normalizeDocument({ id: `r${i}`, published, text }));
  return analyzeDocuments(docs).estimates.find((e) => e.group === 'all' && e.outcome === outcome);
}

describe('a report of one person hurt', () => {
  it('bounds the wounded from below but does not outvote another report’s count', () => {
    const e = estimateOver(
      'wounded',
      [
        '2016-04-12',
        'Four people were wounded in a shooting at Maple Park in Danforth on Monday, police said.',
      ],
      [
        '2016-04-12',
        'One woman was rushed to the hospital after a shooting at Maple Park in Danforth on Monday.',
      ],
    );
    expect(e).toMatchObject({ low: 1, best: 4, high: 4 });
  });

  it('speaks for the wounded when no report counts more people', () => {
    const e = estimateOver(
      'wounded',
      ['2016-04-12', 'One woman was wounded in a shooting at Maple Park in Danforth on Monday, police said.'],
      [
        '2016-04-12',
        'A woman was rushed to the hospital after a shooting at Maple Park in Danforth on Monday.',
      ],
    );
    expect(e?.best).toBe(1);
  });

  it('leaves two counts of several people to the lower median', () => {
    const e = estimateOver(
      'wounded',
      [
        '2016-04-12',
        'Three people were wounded in a shooting at Maple Park in Danforth on Monday, police said.',
      ],
      [
        '2016-04-12',
        'Five people were wounded in a shooting at Maple Park in Danforth on Monday, a witness said.',
      ],
    );
    expect(e).toMatchObject({ low: 3, best: 3, high: 5 });
  });

  it('still votes for the dead: a killing of one told apart is a rival account', () => {
    const e = estimateOver(
      'killed',
      ['2016-04-12', 'One man was killed in a shooting at Maple Park in Danforth on Monday, police said.'],
      [
        '2016-04-12',
        'Two people were killed in a shooting at Maple Park in Danforth on Monday, a witness said.',
      ],
    );
    expect(e?.best).toBe(1);
  });
});

describe('one person hurt, then others', () => {
  const wounded = (text: string) => estimateOver('wounded', ['2016-04-12', text])?.best;
  const casings = 'Officers found shell casings near the corner.';

  it('adds `N other people` told sentences after one person hurt', () => {
    expect(
      wounded(
        `A man was seriously hurt after being shot in the back in Danforth on Monday. ${casings} Three other people with gunshot wounds walked into a hospital, police said.`,
      ),
    ).toBe(4);
  });

  it('does not add others beyond the dead, other cases, or a stated total', () => {
    expect(
      wounded(
        `A man was killed in a shooting in Danforth on Monday. ${casings} Three other people were wounded, police said.`,
      ),
    ).toBe(3);
    expect(
      wounded(
        `A man was seriously hurt after being shot in the back in Danforth on Monday. ${casings} Police said two other cases of teens hurt by stray bullets were reported this week.`,
      ),
    ).toBe(2);
    expect(
      wounded(
        `Five people were wounded in Danforth on Monday. A man was hurt in the leg. ${casings} Three other people were treated and released, police said.`,
      ),
    ).toBe(5);
  });
});

describe('the dead counted inside a count of the hurt', () => {
  const shooting = 'after a drive-by shooting in Danforth on Sunday';

  it('takes `one of the five hospitalized has died` out of the five, however often the report retells the five', () => {
    const e = estimateOver(
      'wounded',
      ['2016-04-12', `Five people were injured ${shooting}, fire officials said.`],
      [
        '2016-04-15',
        `Five people were hospitalized ${shooting}. One of the five people hospitalized ${shooting} has died, police said. Five people were hospitalized.`,
      ],
    );
    expect(e?.best).toBe(4);
    expect(
      estimateOver('killed', [
        '2016-04-15',
        `One of the five people hospitalized ${shooting} has died, police said.`,
      ])?.best,
    ).toBe(1);
  });

  it('leaves the count whole when the part did not die or is not of that count', () => {
    expect(
      estimateOver('wounded', [
        '2016-04-15',
        `Five people were hospitalized ${shooting}. One of the five people hospitalized is in critical condition, police said.`,
      ])?.best,
    ).toBe(5);
    expect(
      estimateOver('wounded', [
        '2016-04-15',
        `Five people were hospitalized ${shooting}. In a separate case, a man was killed in Ashby, police said.`,
      ])?.best,
    ).toBe(5);
  });
});
