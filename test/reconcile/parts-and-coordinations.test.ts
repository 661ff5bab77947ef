import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/analyze.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

function totals(text: string): Record<string, number | null> {
  const result = analyzeDocuments([normalizeDocument({ text, id: 'd', published: '2016-01-10' })]);
  return Object.fromEntries(
    result.estimates.filter((e) => e.group === 'all').map((e) => [e.outcome, e.best]),
  );
}

/** The `all` wounded estimate over reports given as [published, text]. */
function woundedOver(...reports: [published: string, text: string][]) {
  const docs = reports.map(([published, text], i) => normalizeDocument({ id: `r${i}`, published, text }));
  return analyzeDocuments(docs).estimates.find((e) => e.group === 'all' && e.outcome === 'wounded');
}

describe('estimates count each person once', () => {
  it('sums coordinated counts of one group', () => {
    expect(totals('Two women and one man were shot to death on Sunday.')).toMatchObject({ killed: 3 });
  });

  it('keeps the survivors of a count that includes the dead', () => {
    expect(totals('Five people were shot on Sunday, one fatally.')).toMatchObject({ killed: 1, wounded: 4 });
  });

  it('does not subtract separate counts', () => {
    expect(totals('One person was killed and three others were wounded on Sunday.')).toMatchObject({
      killed: 1,
      wounded: 3,
    });
  });

  it('counts the survivors of the hit when the deaths are told in another sentence', () => {
    expect(
      totals('Police found two victims with gunshot wounds on Sunday. Wells died at the hospital.'),
    ).toMatchObject({ killed: 1, wounded: 1 });
    expect(totals('Four men were shot on Sunday. Two of the victims died at the scene.')).toMatchObject({
      killed: 2,
      wounded: 2,
    });
  });

  it('does not subtract deaths from a count of other people or of the injured', () => {
    expect(totals('A man died on Sunday. Three other men were shot.')).toMatchObject({
      killed: 1,
      wounded: 3,
    });
    expect(totals('A man died on Sunday. Three people were injured.')).toMatchObject({
      killed: 1,
      wounded: 3,
    });
  });

  it('takes a later, smaller figure of the same source as a part unless it says it corrects the toll', () => {
    const wounded = (second: string) =>
      woundedOver(
        ['2015-02-01', 'Police said four people were wounded in Harlem on Sunday.'],
        ['2015-02-02', `${second} Police said the shooting in Harlem on Sunday was a vendetta.`],
      )?.best;
    expect(wounded('Police said two women were wounded in Harlem.')).toBe(4);
    expect(wounded('Police lowered the toll: two people were wounded in Harlem.')).toBe(2);
  });

  it('lets a report that repeats another source’s count vote with that count, not with its parts', () => {
    const shot = 'Four people were shot outside a club in Daytona Beach on Saturday';
    expect(
      woundedOver(
        ['2015-09-05', `${shot}. One victim was a man who was shot in the leg.`],
        ['2015-09-05', `${shot}, police said. Three of the victims were treated and released.`],
      )?.best,
    ).toBe(4);
  });

  it('lets a vague quantity bound a figure without outvoting counts', () => {
    const text =
      'Fourteen people were wounded at the party on Saturday. He saw a girl shot in the shoulder and scores of others wounded.';
    // `scores of others` has no ceiling: the high is open (written with a `+`), the best still 14.
    expect(woundedOver(['2016-07-16', text])).toMatchObject({ best: 14, high: null });
    expect(woundedOver(['2016-07-16', text])?.text?.high).toMatch(/^\d+\+$/u);
    expect(totals('Dozens of people were wounded on Sunday.')).toMatchObject({ wounded: 24 });
  });

  it('takes a single person first told of as hurt, in an incident where one person died, for that death', () => {
    expect(
      woundedOver(
        [
          '2015-03-06',
          'A boy is in critical condition after a shooting in Portage Park on Friday, police said.',
        ],
        ['2015-03-07', 'A boy shot in Portage Park on Friday has died, police said.'],
      )?.best,
    ).toBe(0);
  });

  it('keeps a single person hurt beside a death in one sentence, another person, or survivors of several deaths', () => {
    expect(totals('A man was killed and a woman was wounded in the shooting on Sunday.')).toMatchObject({
      killed: 1,
      wounded: 1,
    });
    expect(
      totals('A man died in the shooting on Sunday. Another man is in critical condition at the hospital.'),
    ).toMatchObject({ killed: 1, wounded: 1 });
    expect(
      totals(
        'Three women were shot to death on Sunday. A man who lived at the home is in critical condition.',
      ),
    ).toMatchObject({ killed: 3, wounded: 1 });
  });

  it('drops a figure the text says was the original one', () => {
    expect(
      totals('Five people were shot on Sunday. Police originally said that eight people were wounded.'),
    ).toMatchObject({ wounded: 5 });
  });

  it('still gives a best when every account is hedged', () => {
    expect(totals('The man allegedly killed two people on Sunday.')).toMatchObject({ killed: 2 });
  });

  it('lets a report’s count stand over the single people it names', () => {
    expect(totals('Three people were killed on Sunday. A man was killed near the bar.')).toMatchObject({
      killed: 3,
    });
  });

  it('keeps a lone shot person the text says survived, beside a death', () => {
    expect(
      totals('A man was killed in the shooting on Sunday. A woman was also shot but survived.'),
    ).toMatchObject({ killed: 1, wounded: 1 });
    expect(
      totals('A man was killed on Sunday. The victim was shot in the arm and is expected to recover.'),
    ).toMatchObject({ killed: 1, wounded: 1 });
  });

  it('does not add a person named twice (`identified X, 31, as the man who died`)', () => {
    expect(
      totals('Police identified Jon Smith, 31, as the man who was pronounced dead on Sunday.'),
    ).toMatchObject({ killed: 1 });
  });

  it('adds people told apart as other in the same sentence', () => {
    expect(
      totals('A woman was shot in the chest on Sunday, and three other men were also wounded.'),
    ).toMatchObject({ wounded: 4 });
  });

  it('adds people told as other in the next sentence', () => {
    expect(
      totals(
        'A man was badly hurt when he was shot on Sunday. Three other people with gunshot wounds walked into Mercy.',
      ),
    ).toMatchObject({ wounded: 4 });
  });

  it('does not add the next sentence’s others when it breaks a count down, tells another event, or names one told', () => {
    expect(
      totals(
        'The shooting sent four people to the hospital on Sunday. One man went by ambulance, and three others drove themselves.',
      ),
    ).toMatchObject({ wounded: 4 });
    // Another event: its own incident, never one total of five.
    const separate = analyzeDocuments([
      normalizeDocument({
        id: 'd',
        published: '2016-01-10',
        text: 'Two men were shot on Elm Street on Sunday. Three others were shot in a separate attack across town.',
      }),
    ]);
    expect(
      separate.estimates.filter((e) => e.group === 'all' && e.outcome === 'wounded').map((e) => e.best),
    ).toEqual([2, 3]);
    expect(
      totals(
        'Police found a man with a gunshot wound and another man with minor injuries on Sunday. The other man was treated at the scene.',
      ),
    ).toMatchObject({ wounded: 2 });
  });

  it('does not add a part or a breakdown', () => {
    expect(totals('A girl was among eight other people wounded on Sunday.')).toMatchObject({ wounded: 8 });
    expect(
      totals('Eight people, five men and three women, were injured in the shooting on Sunday.'),
    ).toMatchObject({ wounded: 8 });
  });

  it('does not take the dead out of a count said to be alive', () => {
    expect(
      totals(
        'Two men were killed on Sunday. Two others were shot in the leg and are listed in stable condition.',
      ),
    ).toMatchObject({ killed: 2, wounded: 2 });
  });

  it('does not add a person described again (`the victim, also a 16-year-old boy,`)', () => {
    expect(
      totals('No one died. The victim, also a 16-year-old boy, was shot in the back on Sunday.'),
    ).toMatchObject({ wounded: 1 });
  });
});
