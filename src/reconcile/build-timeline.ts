// Statements in the order they were made: one entry per incident × claimant × day, so the UI can show
// how the story moved (the ISPR on March 12, the BLA's counter-statement on March 13 …). Figures an
// article gives in its own voice are not statements of anyone and stay out. An entry's date is the one the text
// gives for the statement (`on March 13`, `on Friday`), never a publication date shown as a fact: a statement the
// text does not date is `null` (undated), one entry per report, still in report order.
import type { TimelineEntry } from '../model/analysis.js';
import { byTime, type FigureClaim } from './figure-claims.js';
import { figureLabel, valueWords } from './figure-label.js';
import { claimantName } from './find-conflicts.js';
import { groupBy } from './tally.js';

const MAX_FIGURES_IN_SUMMARY = 6;

export function buildTimeline(claims: readonly FigureClaim[]): TimelineEntry[] {
  return buildTimelineOrdered(claims).map((t) => t.entry);
}

/** The entries with the time and report order of each one's first statement: what places it in the timeline. */
export function buildTimelineOrdered(
  claims: readonly FigureClaim[],
): { entry: TimelineEntry; when: string | null; order: number }[] {
  const said = claims.filter((f) => f.claim.incident !== null && f.claim.claimant.kind !== 'author');
  // Unnamed sources are not one speaker across articles; named ones are.
  const speaker = (f: FigureClaim) =>
    f.claim.claimant.kind === 'unknown' ? `${f.claim.claimant.id}@${f.claim.document}` : f.claim.claimant.id;
  const entries = groupBy(
    [...said].sort(byTime),
    (f) => `${f.claim.incident}\u0000${speaker(f)}\u0000${f.claim.stated ?? `@${f.claim.document}`}`,
  );
  return [...entries.values()].map((list) => {
    const first = list[0]!;
    const { id, name, kind } = first.claim.claimant;
    const figures = [
      ...new Set(
        list.map(
          (f) =>
            `${valueWords(f.claim.value)} ${figureLabel(f.claim.outcome, f.claim.group)}${f.claim.hedged ? ' (hedged)' : ''}`,
        ),
      ),
    ];
    const more =
      figures.length > MAX_FIGURES_IN_SUMMARY ? `, +${figures.length - MAX_FIGURES_IN_SUMMARY} more` : '';
    const entry: TimelineEntry = {
      incident: first.claim.incident!,
      date: first.claim.stated,
      claimant: { id, name, kind },
      claims: list.map((f) => f.claim.id),
      summary: `${claimantName(first.claim.claimant)}: ${figures.slice(0, MAX_FIGURES_IN_SUMMARY).join('; ')}${more}`,
    };
    return { entry, when: first.when, order: first.order };
  });
}
