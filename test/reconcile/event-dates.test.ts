// End dates: later than the start only when the incident's own sentences tell it going on or ending on a later
// day (invented sentences; negatives below).
import { describe, expect, test } from 'vitest';
import { eventDates } from '../../src/reconcile/event-dates.js';

// 2031-04-08 is a Tuesday.
const START = '2031-04-08';
const passage = (text: string, id = 'r1') => ({ id, text });
const endOf = (texts: string[], published: Record<string, string | null> = {}) =>
  eventDates(
    START,
    texts.map((t, i) => passage(t, `r${i + 1}`)),
    new Map(Object.entries(published)),
  );

describe('an end date from the incident’s own sentences', () => {
  test.each([
    [
      'a weekday after the start in an undated report',
      'Gunmen seized the ferry on April 8. The standoff ended on Thursday.',
      '2031-04-10',
      'Thursday',
    ],
    [
      'a later month-day with an ending word',
      'By April 9, the army declared the operation successful.',
      '2031-04-09',
      'April 9',
    ],
    [
      'day-month order and a year',
      'The siege of the mill ended on 11 April 2031 with the hostages freed.',
      '2031-04-11',
      '11 April 2031',
    ],
    [
      'hours of a siege (at least two calendar days)',
      'Troops claimed victory after a 30-hour-long firefight.',
      '2031-04-09',
      '30-hour-long firefight',
    ],
    ['days of a siege', 'The three-day siege left the port town in ruins.', '2031-04-10', 'three-day siege'],
    [
      'a hijacking that lasted days',
      'The hijacking lasted four days before commandos stormed the plane.',
      '2031-04-11',
      'hijacking lasted four days',
    ],
    [
      'hostages still held on a later day',
      'On April 10, the gunmen still held 12 hostages in the bank.',
      '2031-04-10',
      'April 10',
    ],
  ])('%s', (_, text, end, words) => {
    const dates = endOf([text]);
    expect(dates?.end).toBe(end);
    expect(dates?.endEvidence?.text).toBe(words);
    expect(text.slice(dates!.endEvidence!.start, dates!.endEvidence!.end)).toBe(words);
  });

  test('the latest such day of all reports wins', () => {
    const dates = endOf(['The siege continued on April 9.', 'The siege finally ended on April 12.']);
    expect(dates).toMatchObject({ start: START, end: '2031-04-12', precision: 'day' });
    expect(dates?.endEvidence?.documentId).toBe('r2');
  });

  test('a weekday in a dated report is read back from its publication date', () => {
    // Published Saturday 12 April: "Thursday" is the 10th.
    expect(endOf(['The standoff ended on Thursday.'], { r1: '2031-04-12' })?.end).toBe('2031-04-10');
  });
});

describe('end = start when nothing says the event went on', () => {
  test.each([
    ['a later statement about the toll', 'On April 10, police said the toll rose to seven.'],
    ['an ultimatum is not a duration', 'The gunmen gave the government 48 hours to free their comrades.'],
    ['a deadline in days', 'They threatened to kill a hostage every day for three days.'],
    ['a date too far from the start', 'The trial of the attackers ended on June 3.'],
    ['a date before the start', 'The siege ended on April 2.'],
    ['an ending on the start day itself', 'The standoff ended on April 8.'],
    ['a weekday that may lie before the start (undated report)', 'The standoff ended on Monday.'],
    ['a later day with no word of the event going on', 'Funerals were held on April 11 in the old town.'],
    [
      'someone freed later who was never held in the event',
      'A court freed the suspected driver on April 12.',
    ],
  ])('%s', (_, text) => {
    const dates = endOf([text]);
    expect(dates?.end).toBe(START);
    expect(dates?.endEvidence).toBeUndefined();
  });

  test('a start known only to the month keeps end = start with its precision', () => {
    const dates = eventDates('2031-04', [passage('The siege ended on April 12, 2031.')]);
    expect(dates).toMatchObject({ start: '2031-04', end: '2031-04', precision: 'month' });
  });

  test('no date, no dates', () => {
    expect(eventDates(null, [passage('The siege ended on Thursday.')])).toBeNull();
  });
});
