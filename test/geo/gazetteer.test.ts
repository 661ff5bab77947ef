import { describe, expect, test } from 'vitest';
import { containsPlace, findPlaces, resolvePlace } from '../../src/geo/index.js';

const found = (text: string) => findPlaces(text).map((s) => `${s.text}=${s.place.name}/${s.place.precision}`);

describe('resolvePlace', () => {
  test.each([
    ['Balochistan’s', 'Balochistan', 'PK', 'admin1'],
    ['the Punjab', 'Punjab', 'PK', 'admin1'],
    ['Sindh province', 'Sindh', 'PK', 'admin1'],
    ['Dhadar', 'Dadhar', 'PK', 'city'],
    ['Sao Paulo', 'São Paulo', 'BR', 'admin1'],
    ['U.S.', 'United States of America', 'US', 'country'],
    ['Compton, California', 'Compton', 'US', 'city'],
    ['Quetta.', 'Quetta', 'PK', 'city'],
  ])('%s → %s, %s (%s)', (text, name, countryCode, precision) => {
    expect(resolvePlace(text)).toMatchObject({ name, countryCode, precision });
  });

  test('a hint picks the same-named unit in the hinted country', () => {
    expect(resolvePlace('Punjab', { countryCode: 'IN' })).toMatchObject({
      admin1: 'Punjab',
      countryCode: 'IN',
    });
    expect(resolvePlace('Georgia', { countryCode: 'US' })).toMatchObject({
      admin1: 'Georgia',
      precision: 'admin1',
    });
    expect(resolvePlace('Georgia')).toMatchObject({ countryCode: 'GE', precision: 'country' });
  });

  test('a town carries its province, country, coordinates and GeoNames id', () => {
    const quetta = resolvePlace('Quetta');
    expect(quetta).toMatchObject({ admin1: 'Balochistan', admin1Code: 'PK.02', country: 'Pakistan' });
    expect(quetta?.latitude).toBeCloseTo(30.18, 1);
    expect(quetta?.longitude).toBeCloseTo(67.0, 1);
    expect(quetta?.geonameId).toBeGreaterThan(0);
  });

  test.each(['Jaffar Express', 'Mashkaf', 'Compton, Oregon', 'Baloch Liberation Army', ''])(
    '%s → null',
    (text) => {
      expect(resolvePlace(text)).toBeNull();
    },
  );
});

describe('containsPlace', () => {
  const pk = resolvePlace('Pakistan')!;
  const balochistan = resolvePlace('Balochistan')!;
  const quetta = resolvePlace('Quetta')!;
  const lahore = resolvePlace('Lahore')!;
  test('city ⊂ admin1 ⊂ country', () => {
    expect(containsPlace(pk, balochistan)).toBe(true);
    expect(containsPlace(balochistan, quetta)).toBe(true);
    expect(containsPlace(pk, quetta)).toBe(true);
    expect(containsPlace(quetta, quetta)).toBe(true);
  });
  test('not the other way, nor across provinces or countries', () => {
    expect(containsPlace(quetta, balochistan)).toBe(false);
    expect(containsPlace(balochistan, lahore)).toBe(false);
    expect(containsPlace(resolvePlace('India')!, quetta)).toBe(false);
    expect(containsPlace(quetta, lahore)).toBe(false);
  });
});

describe('findPlaces', () => {
  test('whole proper-noun chunks, possessives stripped, lists split', () => {
    expect(found('Gunmen attacked a bus in Mashkaf, Dhadar, Bolan, in Balochistan’s hills.')).toEqual([
      'Dhadar=Dadhar/city',
      'Balochistan=Balochistan/admin1',
    ]);
    expect(found('In Sindh, the police said nothing. Rangers arrived from Karachi.')).toEqual([
      'Sindh=Sindh/admin1',
      'Karachi=Karachi/city',
    ]);
  });

  test('a span points at the text it names', () => {
    const text = 'Two men were shot in Compton, California, on Friday.';
    for (const span of findPlaces(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  test.each([
    [
      'a train or a group named after a place is not a place',
      'The Quetta Express was stopped by the Sindh Liberation Front.',
    ],
    ['an adjective made of a place is not a place', 'The Peshawar-bound train left at noon.'],
    ['a month is not a town (March, England)', 'On March 11 the convoy left.'],
    ['a compass word is not a province', 'Western diplomats and Central officials met.'],
    ['a word the text uses in lower case is not a place', 'Police said the police station was closed.'],
    [
      'a small town abroad at a sentence start is not believed',
      'Reading the statement, officials in Pakistan said it was over.',
    ],
  ])('%s', (_why, text) => {
    expect(found(text).filter((f) => !f.startsWith('Pakistan='))).toEqual([]);
  });

  test('the document’s country decides an ambiguous name', () => {
    const text =
      'Militants attacked a post in Punjab. Pakistan’s army said the attack in Punjab was repelled.';
    expect(findPlaces(text).find((s) => s.text === 'Punjab')?.place.countryCode).toBe('PK');
  });
});
