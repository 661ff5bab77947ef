import { describe, expect, it } from 'vitest';
import { detectLanguage, notReadWarning } from '../../src/extract/detect-language.js';
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
