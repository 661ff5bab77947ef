import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLanguage, lexiconOf, notReadWarning } from '../../src/extract/detect-language.js';
import { LEXICON_ROOT, LEXICONS, loadLexicons } from '../../src/extract/lexicon.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

// Invented short reports of one attack, in the languages of the table in docs/languages.md.
const REPORTS: [string, string, boolean][] = [
  ['en', 'Gunmen killed four guards at the bridge on Sunday, police said.', true],
  ['ur', 'پولیس نے بتایا کہ اتوار کو پل پر مسلح افراد نے چار محافظوں کو ہلاک کر دیا۔', false],
  ['hi', 'पुलिस ने बताया कि रविवार को पुल पर बंदूकधारियों ने चार गार्डों को मार डाला और दो लोग घायल हुए।', false],
  ['ar', 'قال قائد الشرطة إن مسلحين قتلوا أربعة حراس عند الجسر يوم الأحد.', false],
  ['de', 'Bewaffnete töteten am Sonntag vier Wachleute an der Brücke, sagte die Polizei.', false],
  ['fr', 'Des hommes armés ont tué quatre gardes sur le pont dimanche, selon la police.', false],
  ['es', 'Hombres armados mataron a cuatro guardias en el puente el domingo, dijo la policía.', false],
];

describe('detectLanguage', () => {
  it.each(REPORTS)('%s', (code, text, read) => {
    const language = detectLanguage(text);
    expect(language.code).toBe(code);
    expect(language.read).toBe(read);
  });
  it('reads an English headline that the detector half-takes for another Latin-script language', () => {
    expect(detectLanguage('Friend shoots friend').read).toBe(true);
  });
  it('has nothing to say about a text without letters, and reads it', () => {
    expect(detectLanguage('12 34 — 56')).toMatchObject({ code: 'und', read: true });
  });
  it('a report not read yields no claims, and says so in its assessment', () => {
    const [, text] = REPORTS.find(([c]) => c === 'de') ?? ['', ''];
    const e = extractDocument(normalizeDocument({ text, id: 'de-1', published: '2025-03-14' }));
    expect(e.claims).toEqual([]);
    expect(e.assessment?.about.decision).toBe('not read');
    expect(notReadWarning('de-1', e.assessment!.language)).toBe(
      'de-1: written in German (de), a language Triangulate does not read: no figures were extracted',
    );
  });
  it('an English report is read and its figures extracted', () => {
    const e = extractDocument(
      normalizeDocument({ text: REPORTS[0]![1], id: 'en-1', published: '2025-03-14' }),
    );
    expect(e.assessment?.language).toMatchObject({ code: 'en', read: true });
    expect(e.claims.map((c) => c.value.text)).toContain('four');
  });
});

describe('lexicons: one folder of data per language', () => {
  // A second language, in a temporary folder and never in the product: English's files copied, its number words
  // replaced by a few German ones. The loader must take it as it takes English, and a German report must pick it.
  const root = mkdtempSync(join(tmpdir(), 'triangulate-lexicon-'));
  const languages = { read: ['en', 'de'], names: { en: 'English', de: 'German' } };
  writeFileSync(join(root, 'languages.json'), JSON.stringify(languages));
  cpSync(join(LEXICON_ROOT, 'en'), join(root, 'en'), { recursive: true });
  cpSync(join(LEXICON_ROOT, 'en'), join(root, 'de'), { recursive: true });
  const germanNumbers = {
    units: { zwei: 2, vier: 4 },
    tens: { zwanzig: 20 },
    multipliers: { hundert: 100 },
    vague: {},
    vaguePhrases: {},
    dozenPhrases: {},
  };
  writeFileSync(join(root, 'de', 'numbers.json'), JSON.stringify(germanNumbers));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const german = REPORTS.find(([c]) => c === 'de')![1];

  it('the product reads English from src/lexicon/en/ and no other language', () => {
    expect(LEXICONS.languages.read).toEqual(['en']);
    expect(LEXICONS.lexiconFor('en')?.NUMBER_WORDS.get('four')).toBe(4);
    expect(LEXICONS.lexiconFor('de')).toBeNull();
    expect(lexiconOf(detectLanguage(german))).toBeNull();
  });
  it('a second folder listed in languages.json is loaded beside English, each with its own words', () => {
    const lexicons = loadLexicons(root);
    expect(lexicons.lexiconFor('de')?.NUMBER_WORDS.get('vier')).toBe(4);
    expect(lexicons.lexiconFor('de')?.MULTIPLIERS.get('hundert')).toBe(100);
    expect(lexicons.lexiconFor('en')?.NUMBER_WORDS.get('vier')).toBeUndefined();
  });
  it("a report's detected language picks its lexicon", () => {
    const lexicons = loadLexicons(root);
    const language = detectLanguage(german, lexicons);
    expect(language).toMatchObject({ code: 'de', name: 'German', read: true });
    expect(lexiconOf(language, lexicons)?.code).toBe('de');
    expect(lexiconOf(detectLanguage(REPORTS[0]![1], lexicons), lexicons)?.code).toBe('en');
  });
  it('a folder missing a file, or a file missing a key English has, stops the load and names what to add', () => {
    const broken = mkdtempSync(join(tmpdir(), 'triangulate-lexicon-'));
    try {
      writeFileSync(join(broken, 'languages.json'), JSON.stringify({ ...languages, read: ['de'] }));
      cpSync(join(root, 'de'), join(broken, 'de'), { recursive: true });
      rmSync(join(broken, 'de', 'outcomes.json'));
      expect(() => loadLexicons(broken)).toThrow(/de\/outcomes\.json is missing/);
      cpSync(join(root, 'de', 'outcomes.json'), join(broken, 'de', 'outcomes.json'));
      writeFileSync(join(broken, 'de', 'numbers.json'), JSON.stringify({ ...germanNumbers, tens: [] }));
      expect(() => loadLexicons(broken)).toThrow(/numbers\.json: "tens" is a list, not an object/);
      writeFileSync(join(broken, 'languages.json'), JSON.stringify({ ...languages, read: ['ur'] }));
      expect(() => loadLexicons(broken)).toThrow(/ur\/numbers\.json is missing/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
