// A report a reporter can paste into a draft: per incident what can be reported (low / best / high),
// where accounts disagree, who said what and when; every figure footnoted with its quote and source.
import type { Analysis, Estimate, Incident } from '../model/analysis.js';
import type { Claim } from '../model/claim.js';
import type { DocumentRecord } from '../model/document.js';
import { claimantName } from '../reconcile/find-conflicts.js';
import { figureLabel } from '../reconcile/figure-label.js';
import { shortDate } from '../reconcile/partial-date.js';
import { pointOf } from '../reconcile/value-interval.js';
import { claimOrder } from './claimant-columns.js';
import { groupBy } from './format-table.js';

const MAX_REFS = 6;
const KIND_WORDS = {
  contradiction: 'Contradiction',
  revision: 'Revision',
  implausible: 'Does not add up',
} as const;

export function formatMarkdown(result: Analysis): string {
  const notes = new Footnotes(result);
  const out: string[] = ['# Triangulate report', '', summaryLine(result), ''];
  const byIncident = groupBy(result.claims, (c) => c.incident ?? '');
  const order = claimOrder(result);
  const quiet: Incident[] = [];
  for (const incident of result.incidents) {
    const claims = [...(byIncident.get(incident.id) ?? [])].sort((a, b) => order(a) - order(b));
    if (claims.length === 0) quiet.push(incident);
    else out.push(...incidentSection(result, incident, claims, notes));
  }
  const loose = byIncident.get('') ?? [];
  if (loose.length > 0) {
    out.push(
      '## Other figures',
      '',
      ...loose.map((c) => `- ${figureLabel(c.outcome, c.group)}: ${said([c], notes)}`),
      '',
    );
  }
  if (quiet.length > 0)
    out.push(
      `_Also mentioned, without figures: ${quiet.map((i) => md([i.label, i.date].filter(Boolean).join(', '))).join('; ')}._`,
      '',
    );
  return [...out, ...notes.lines(), ''].join('\n');
}

function incidentSection(
  result: Analysis,
  incident: Incident,
  claims: readonly Claim[],
  notes: Footnotes,
): string[] {
  const out = [`## ${md(incident.label)}`, ''];
  const facts = [incident.date, incident.place, `${incident.documents.length} document(s)`].filter(Boolean);
  if (incident.aliases.length > 0) facts.push(`also called ${incident.aliases.join(', ')}`);
  out.push(`_${md(facts.join(' · '))}_`, '');
  const estimates = result.estimates.filter((e) => e.incident === incident.id);
  if (estimates.length > 0) {
    out.push(
      '### What can be reported',
      '',
      '| figure | low | best | high | independent sources |',
      '|---|---:|---:|---:|---:|',
    );
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (const e of estimates) out.push(estimateRow(e, byId, notes));
    out.push(
      '',
      '_low: the smallest figure any unhedged account allows; best: the middle of the independent sources’ latest figures; high: the largest figure given. “all” counts each person once._',
      '',
    );
  }
  const conflicts = result.conflicts.filter((c) => c.incident === incident.id);
  if (conflicts.length > 0) {
    out.push('### Where accounts disagree', '');
    for (const c of conflicts) {
      const ids = [...(c.statements ?? []).map((x) => x.id), ...c.claims];
      out.push(`- **${KIND_WORDS[c.kind]}.** ${md(c.summary)}${refs(ids, notes)}`);
    }
    out.push('');
  }
  out.push('### Who said what', '');
  for (const list of groupBy(claims, (c) => `${c.outcome}|${c.group}`).values()) {
    const same = groupBy(list, (c) => `${c.claimant.id}|${c.value.text.trim().toLowerCase()}|${c.hedged}`);
    out.push(
      `- **${figureLabel(list[0]!.outcome, list[0]!.group)}**: ${[...same.values()].map((cs) => said(cs, notes)).join('; ')}`,
    );
  }
  out.push('');
  const timeline = result.timeline.filter((t) => t.incident === incident.id);
  if (timeline.length > 0) {
    out.push('### Statements in time', '');
    for (const t of timeline) out.push(`- ${shortDate(t.date)} — ${md(t.summary)}${refs(t.claims, notes)}`);
    out.push('');
  }
  return out;
}

function estimateRow(e: Estimate, byId: ReadonlyMap<string, Claim>, notes: Footnotes): string {
  const n = (x: number | null) => (x === null ? '–' : String(x));
  const basis =
    e.group === 'all' || e.best === null
      ? undefined
      : e.claims.map((id) => byId.get(id)).find((c) => c && pointOf(c.value) === e.best);
  // Open bounds as written (`>200`), never a made-up 201.
  const [low, bestText, high] = [
    e.text?.low ?? n(e.low),
    e.text?.best ?? n(e.best),
    e.text?.high ?? n(e.high),
  ];
  const best = `${bestText}${basis ? notes.ref(basis.id) : ''}`;
  const label = e.group === 'all' ? `**${figureLabel(e.outcome, 'all')}**` : figureLabel(e.outcome, e.group);
  return `| ${label} | ${low} | ${best} | ${high} | ${e.independentSources} |`;
}

/** Footnote marks for a handful of claims; a long list of echoes would bury the sentence. */
function refs(ids: readonly string[], notes: Footnotes): string {
  return ids
    .slice(0, MAX_REFS)
    .map((id) => notes.ref(id))
    .join('');
}

/** "four per ISPR[^3][^9]": one claimant's figure once, with a footnote for each report of it. */
function said(claims: readonly Claim[], notes: Footnotes): string {
  const c = claims[0]!;
  const hedge = c.hedged ? ' (hedged)' : '';
  return `${md(c.value.text.trim())} per ${md(claimantName(c.claimant))}${hedge}${claims.map((x) => notes.ref(x.id)).join('')}`;
}

function summaryLine(result: Analysis): string {
  const docs = result.documents.length;
  return `_${docs} document(s), ${result.incidents.length} incident(s), ${result.claims.length} figure(s), ${result.conflicts.length} disagreement(s). Figures are as reported; each is footnoted with its quote and source._`;
}

/** One footnote per claim, numbered in order of first citation. */
class Footnotes {
  private readonly numbers = new Map<string, number>();
  private readonly claims: Map<string, Claim>;
  private readonly documents: Map<string, DocumentRecord>;

  constructor(result: Analysis) {
    const statements = result.conflicts.flatMap((c) => c.statements ?? []);
    this.claims = new Map([...result.claims, ...statements].map((c) => [c.id, c]));
    this.documents = new Map(result.documents.map((d) => [d.id, d]));
  }

  ref(id: string): string {
    if (!this.claims.has(id)) return '';
    if (!this.numbers.has(id)) this.numbers.set(id, this.numbers.size + 1);
    return `[^${this.numbers.get(id)}]`;
  }

  lines(): string[] {
    return [...this.numbers].map(([id, n]) => {
      const c = this.claims.get(id)!;
      const d = this.documents.get(c.document);
      const where = d
        ? [d.title ?? d.source, d.outlet, d.published, d.url].filter(Boolean).join(', ')
        : c.document;
      const quote = c.evidence.text.replace(/\s+/g, ' ').trim();
      return `[^${n}]: “${md(quote)}” — ${md(claimantName(c.claimant))}${c.stated ? `, ${md(c.stated)}` : ''}; in ${md(where)}.`;
    });
  }
}

/**
 * Text from reports as Markdown that renders as the same text: HTML is shown, never run (`<script>` becomes
 * `&lt;script>`), and emphasis, links, code, tables and footnote marks in an article stay literal.
 */
export function md(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~!]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}
