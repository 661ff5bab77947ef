import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.js';

// Numbers that must never become claims (SPEC.md "Not claims"), each in a sentence that has casualty words nearby.
const NOT_CLAIMS: [string, string][] = [
  ['date', 'On March 11, militants attacked the train and killed passengers.'],
  ['date, day first', 'The attack on 11 March left soldiers dead.'],
  ['year', 'In 2019, the group killed soldiers at the hotel.'],
  ['time', 'Terrorists targeted a railroad track around 1 pm and killed soldiers.'],
  ['duration', 'The BLA gave a 48-hour ultimatum before hostages were executed.'],
  ['duration, words', 'Over two days, the fighters killed soldiers in many places.'],
  ['duration, hyphen', 'After a 30-hour-long firefight, the soldiers were killed.'],
  ['duration, a second', 'A second later, the soldiers were killed.'],
  ['duration, for a second', 'The gunman paused for a second before the soldiers were killed.'],
  ['distance', 'They secured a 70 km radius where soldiers were killed.'],
  ['percentage', 'About 40 percent of the people were injured.'],
  ['age', 'Men aged between 18 and 49 have been abducted and killed.'],
  ['age, hyphen', 'The 23-year-old suspect was charged.'],
  ['money', 'The $62 billion corridor saw workers killed.'],
  ['ordinal', 'It is not the first time the BLA has taken hostages.'],
  ['idiom', 'It marks one of the deadliest attacks, in which people were killed.'],
  ['name with number', 'Gunmen blocked the NH-65 highway and killed passengers.'],
  [
    'address',
    'One person was killed and three others injured at Cafe 54, 3135 West Broward Blvd.'.replace(
      'One person was killed and three others injured at ',
      'Victims were hurt at ',
    ),
  ],
  ['block number', 'Police responded to the 800 block of Bendix where people were injured.'],
  ['emergency number', 'A 911 caller said people were shot.'],
  ['calibre', 'The boys found a loaded .270 rifle and people were killed.'],
  ['absurd number', 'Officials said 999999999999999999999999 people were killed.'],
  ['no counted people', 'The 2 trains were stopped and passengers were held.'],
  ['a thing, not a person', 'They derailed a passenger train and killed people.'],
];

describe('drop-non-counts and drop-uncounted: negative cases', () => {
  it.each(NOT_CLAIMS)('%s', (_why, sentence) => {
    expect(
      claimsOf(sentence).map((c) => c.value.text),
      traceOf(sentence),
    ).toEqual([]);
  });
});
