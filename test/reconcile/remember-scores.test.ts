// Linking may keep each pair's score on its nodes (`LinkOptions.remember`, for a store's refresh, which links the
// same region several times and again on the next refresh). A kept score belongs to the two node objects it was
// made for: a report replaced under its id, or read again, is scored again. Invented reports.
import { expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { linkIncidents } from '../../src/reconcile/link-incidents.js';
import { newsReport } from '../store/fixture-documents.js';

const MALL_1 = newsReport(
  'mall-1',
  '2026-05-02',
  'SPRINGFIELD — A gunman killed three people and wounded five at the Riverside Mall on Saturday, police said. Police Chief Anna Ortiz said the suspect, Carl Benning, was arrested at the scene.',
);
const MALL_2 = newsReport(
  'mall-2',
  '2026-05-03',
  'PORTLAND — A gunman killed two people at the Riverside Mall in Portland on Saturday, police said. Sheriff Tom Reyes said the gunman, John Miller, shot himself.',
);
/** Another event, under the id of the second mall report: its replacement by another text. */
const BUS_AS_MALL_2 = newsReport(
  'mall-2',
  '2026-05-03',
  'KARACHI — A bomb on a crowded bus killed 12 people and injured 30 in Karachi on Saturday, police said.',
);

const incidents = (batch: Parameters<typeof linkIncidents>[0], remember: boolean) =>
  linkIncidents(batch, { remember })
    .incidents.map((i) => [...i.documents].sort().join(' '))
    .sort();

it('scores a report replaced under its id again, and links as without kept scores', () => {
  const mall1 = extractDocument(MALL_1);
  expect(incidents([mall1, extractDocument(MALL_2)], true)).toEqual(['mall-1 mall-2']);
  const replaced = [mall1, extractDocument(BUS_AS_MALL_2)];
  expect(incidents(replaced, false)).toEqual(['mall-1', 'mall-2']);
  expect(incidents(replaced, true)).toEqual(['mall-1', 'mall-2']);
});

it('links the same with kept scores, linked again', () => {
  const bus = newsReport('bus', '2026-05-02', BUS_AS_MALL_2.text);
  const batch = [extractDocument(MALL_1), extractDocument(MALL_2), extractDocument(bus)];
  const expected = incidents(batch, false);
  expect(expected).toEqual(['bus', 'mall-1 mall-2']);
  expect(incidents(batch.slice(1), true)).toEqual(['bus', 'mall-2']);
  expect(incidents(batch, true)).toEqual(expected);
  expect(incidents(batch, true)).toEqual(expected);
});
