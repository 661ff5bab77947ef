// docs/reconciliation.md shows what the program prints: every block marked `<!-- generated: NAME -->` is rendered
// here from a real run (the sample analysed as one batch; invented sentences extracted for the value table), and
// `UPDATE_DOCS=1 npx vitest run test/docs/reconciliation-doc.test.ts` rewrites them after an intended change.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { formatMarkdown } from '../../src/format/format-markdown.js';
import { normalizeDocument } from '../../src/ingest/normalize-document.js';
import type { Analysis, Incident } from '../../src/model/analysis.js';
import { figureLabel } from '../../src/reconcile/figure-label.js';
import { claimantName } from '../../src/reconcile/find-conflicts.js';
import { toInterval } from '../../src/reconcile/value-interval.js';

const FENCE = '`'.repeat(3);
const DOC = new URL('../../docs/reconciliation.md', import.meta.url);
const block = (name: string) =>
  new RegExp(
    `(<!-- generated: ${name} -->\\n+${FENCE}text\\n)([\\s\\S]*?)(${FENCE}\\n+<!-- end generated -->)`,
    'u',
  );

let analysis: Analysis;
let main: Incident;

beforeAll(async () => {
  analysis = await analyze(['examples/jaffar-express']);
  main = analysis.incidents.find((i) => i.main && i.documents.length === analysis.documents.length)!;
}, 60_000);

/** Each document by the three digits its file name starts with (`000`), as the sample's files are numbered. */
const docName = (id: string) => id.slice(0, 3);

/** One line per claimant the sample quotes: id, the one name and kind reconciliation gives it, the wordings. */
function claimants(a: Analysis): string {
  const byId = new Map<string, { name: string; kind: string; claims: number; words: Set<string> }>();
  for (const c of a.claims) {
    const entry = byId.get(c.claimant.id) ?? {
      name: c.claimant.name,
      kind: c.claimant.kind,
      claims: 0,
      words: new Set(),
    };
    entry.claims++;
    if (c.provenance.claimantText) entry.words.add(c.provenance.claimantText);
    byId.set(c.claimant.id, entry);
  }
  return [...byId]
    .sort((x, y) => y[1].claims - x[1].claims || x[0].localeCompare(y[0]))
    .map(([id, e]) => {
      const words = [...e.words].map((w) => `“${w}”`).join(', ');
      return `${id} → ${e.name} (${e.kind}), ${e.claims} claim(s)${words ? `; worded ${words}` : ''}\n`;
    })
    .join('');
}

const PHRASES = [
  '23',
  'about 450',
  'at least 200',
  'over 200',
  'at most 10',
  'fewer than 10',
  '70 to 80',
  'several dozen',
  'hundreds',
];

/** What extraction reads from each phrase in an invented sentence, and the interval reconciliation gives it. */
function intervals(): string {
  return PHRASES.map((phrase) => {
    const text = `Police said ${phrase} people were killed in the attack.`;
    const [claim] = extractDocument(normalizeDocument({ id: 'phrase', text })).claims;
    if (!claim) return `${phrase.padEnd(14)} (no claim read)\n`;
    const { lo, hi } = toInterval(claim.value);
    return `${phrase.padEnd(14)} ${claim.value.qualifier.padEnd(10)} ${lo}..${hi === Infinity ? '∞' : hi}\n`;
  }).join('');
}

/** Per figure of the main incident: every claim (claimant, words, documents) and the independent sources. */
function figures(a: Analysis, incident: Incident, rows: readonly (readonly [string, string])[]): string {
  return rows
    .map(([outcome, group]) => {
      const estimate = a.estimates.find(
        (e) => e.incident === incident.id && e.outcome === outcome && e.group === group,
      );
      const claims = a.claims.filter(
        (c) => c.incident === incident.id && c.outcome === outcome && c.group === group,
      );
      const said = new Map<string, string[]>();
      for (const c of claims) {
        const key = `${claimantName(c.claimant)} ${c.value.text}${c.hedged ? ' (hedged)' : ''}`;
        said.set(key, [...(said.get(key) ?? []), docName(c.document)]);
      }
      const list = [...said].map(([k, docs]) => `${k} [${docs.join(', ')}]`).join('; ');
      const range = estimate
        ? `${estimate.text?.low ?? estimate.low}–${estimate.text?.best ?? estimate.best}–${estimate.text?.high ?? estimate.high}`
        : 'no estimate';
      return `${figureLabel(outcome as never, group as never)}: ${list}\n  → low–best–high ${range}, ${estimate?.independentSources ?? 0} independent source(s)\n`;
    })
    .join('');
}

/** One `###` section of the markdown report for the incident, footnote marks removed. */
function markdownSection(a: Analysis, incident: Incident, heading: string): string {
  const report = formatMarkdown(a);
  const from = report.indexOf(`## ${incident.label}\n`);
  const start = report.indexOf(`### ${heading}\n`, from);
  if (from < 0 || start < 0) return `(no “${heading}” section)\n`;
  const end = report.indexOf('\n#', start + 4);
  return `${report
    .slice(start + heading.length + 5, end < 0 ? undefined : end)
    .replace(/\[\^\d+\]/gu, '')
    .trim()}\n`;
}

const ROWS = [
  ['killed', 'security_forces'],
  ['killed', 'militants'],
  ['executed', 'hostages'],
] as const;

const BLOCKS: Record<string, () => string> = {
  claimants: () => claimants(analysis),
  intervals,
  figures: () => figures(analysis, main, ROWS),
  conflicts: () => markdownSection(analysis, main, 'Where accounts disagree'),
  estimates: () => markdownSection(analysis, main, 'What can be reported'),
};

describe('docs/reconciliation.md shows the program’s real output', () => {
  test('the sample is one incident of all five reports', () => {
    expect(main).toBeDefined();
  });

  test.each(Object.keys(BLOCKS))('block “%s” is what the program prints', (name) => {
    const actual = BLOCKS[name]!();
    const doc = readFileSync(DOC, 'utf8');
    expect(doc).toMatch(block(name));
    if (process.env.UPDATE_DOCS)
      writeFileSync(
        DOC,
        doc.replace(block(name), (_, a: string, _b, c: string) => a + actual + c),
      );
    expect(block(name).exec(readFileSync(DOC, 'utf8'))?.[2]).toBe(actual);
  });

  test('no figure of the hand-made fixture is quoted outside the generated blocks', () => {
    const doc = readFileSync(DOC, 'utf8');
    // Sections 2–6 explain the figures of the sample; their prose may state rules, never a result.
    const prose = doc
      .slice(doc.indexOf('## 2. Claimants'), doc.indexOf('## 7. Timeline'))
      .replace(/<!-- generated: [\s\S]*?<!-- end generated -->/gu, '');
    expect(prose.length).toBeGreaterThan(1000);
    // The fixture's own figures (a best of 214 executed, "Talal Chaudhry gives 70 to 80") are not what the program
    // prints for the sample.
    expect(prose).not.toMatch(/\|\s*\d+\s*\|\s*\d+\s*\|\s*\d+\s*\|/u);
    expect(prose).not.toMatch(/_Jaffar Express:_/u);
  });
});
