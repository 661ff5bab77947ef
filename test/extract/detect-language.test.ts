import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detectLanguage,
  lexiconOf,
  notReadWarning,
  readByStages,
} from '../../src/extract/detect-language.js';
import { LEXICON_ROOT, LEXICONS, loadLexicons } from '../../src/extract/lexicon.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';

// Invented short reports of one attack in seven languages: the table of docs/languages.md ("What each language
// gets"), read here so that every row of it stays what the code answers.
interface Row {
  readonly id: string;
  readonly report: string;
  readonly detected: string;
  readonly reliable: boolean;
  readonly read: boolean;
  readonly cli: string;
  readonly json: string;
  readonly web: string;
}
const DOC = readFileSync(new URL('../../docs/languages.md', import.meta.url), 'utf8');
const ROWS: Row[] = (DOC.split('## What each language gets')[1] ?? '')
  .split('\n')
  .filter((line) => /^\| [a-z]{2} /.test(line) && !line.startsWith('| id '))
  .map((line) => {
    const [id = '', report = '', detected = '', read = '', cli = '', json = '', web = ''] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const [, code = '', reliable = ''] = /^(\S+) \((yes|no)\)$/.exec(detected) ?? [];
    return { id, report, detected: code, reliable: reliable === 'yes', read: read === 'yes', cli, json, web };
  });
const REPORTS: [string, string, boolean][] = ROWS.map((r) => [r.id, r.report, r.read]);

describe('the language table of docs/languages.md, row by row', () => {
  it('has the seven languages of the issue', () => {
    expect(ROWS.map((r) => r.id)).toEqual(['en', 'ur', 'hi', 'ar', 'de', 'fr', 'es']);
  });
  it.each(ROWS)('$id', (row) => {
    const language = detectLanguage(row.report);
    expect({ code: language.code, reliable: language.reliable, read: language.read }).toEqual({
      code: row.detected,
      reliable: row.reliable,
      read: row.read,
    });
    const e = extractDocument(normalizeDocument({ text: row.report, id: row.id, published: '2025-03-16' }));
    const [, languageJson, decision, claims] = /^`(.+)`, (.+), (\d+)$/.exec(row.json) ?? [];
    expect(JSON.stringify(e.assessment?.language)).toBe(languageJson);
    expect(`${e.assessment?.about.decision}, ${e.claims.length}`).toBe(`${decision}, ${claims}`);
    if (row.read) {
      expect(row.cli).toBe('(no warning)');
      expect(row.web).toMatch(/^no notice/);
    } else {
      expect(row.cli).toBe(`\`triangulate: warning: ${notReadWarning(row.id, language)}\``);
      expect(row.web).toBe(
        `Written in ${language.name} (${language.code}), a language Triangulate does not read: no figures were extracted.`,
      );
    }
  });
});

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
  it('while the stages read English words only, a report picking another lexicon is not read (no silent zero)', () => {
    const lexicons = loadLexicons(root);
    expect(readByStages(detectLanguage(german, lexicons), lexicons)).toMatchObject({
      code: 'de',
      read: false,
    });
    expect(readByStages(detectLanguage(REPORTS[0]![1], lexicons), lexicons)).toMatchObject({ read: true });
    expect(readByStages(detectLanguage('Friend shoots friend', lexicons), lexicons).read).toBe(true);
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

describe('detectLanguage: a plainly English report skips eld (speed), others still go to it', () => {
  const english =
    'Police said the gunman fired into the crowd on Sunday, and two people were killed. The officers said that ' +
    'they had found the weapon in his car, which was parked from the scene a block away. Their investigation ' +
    'would go on, the chief said, and the names of the victims have not been released. ';
  it('names a long English report English, reliably', () => {
    expect(detectLanguage(english.repeat(2))).toMatchObject({ code: 'en', read: true, reliable: true });
  });
  it('leaves a German report with English words in it to eld', () => {
    const german =
      'Die Polizei sagte am Sonntag, dass zwei Menschen bei dem Angriff in der Stadt getötet wurden. ' +
      'Der Täter floh mit dem Auto, und die Ermittlungen dauern an. Ein Sprecher nannte the shooting "tragisch". ';
    expect(detectLanguage(german.repeat(3))).toMatchObject({ code: 'de', read: false });
  });
  it('leaves English beside another script to eld', () => {
    const mixed = '警方表示，周日有两人在袭击中死亡，枪手驾车逃离现场。'.repeat(6) + english;
    expect(detectLanguage(mixed).code).not.toBe('en');
  });
});
