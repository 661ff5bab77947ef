// The incident page's lists: conflicts with their summaries, the timeline of statements, and the sources.
import type { Claim } from '../../src/model/claim.js';
import type { IncidentView } from '../../src/store/store.js';
import { h } from './dom.js';
import type { SelectClaims } from './figures-grid.js';
import { figureLabel, kindWord, plural } from './labels.js';
import { pagedList } from './paged-list.js';
import { timelineChart } from './timeline-chart.js';
import { documentHref, publishedText } from './quote-item.js';

function claimsOf(view: IncidentView, ids: readonly string[]): Claim[] {
  const byId = new Map(view.claims.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is Claim => c !== undefined);
}

/**
 * The summary names its figure already ("Security forces killed: ISPR gave …"): that name is the item's one label,
 * in bold, rather than the page's own label printed before it a second time.
 */
export function summaryParts(summary: string, fallback: string): { label: string; rest: string } {
  const colon = summary.indexOf(': ');
  const head = colon > 0 ? summary.slice(0, colon) : '';
  // A head with a figure in it is part of the sentence, not a label.
  if (head && head.length <= 60 && !/\d/.test(head)) return { label: head, rest: summary.slice(colon + 2) };
  return { label: fallback, rest: summary };
}

export function conflictsSection(view: IncidentView, onSelect: SelectClaims): HTMLElement {
  if (view.conflicts.length === 0) return h('p', { class: 'empty' }, 'No conflicting figures.');
  return pagedList(view.conflicts, (c) => {
    const { label, rest } = summaryParts(c.summary, figureLabel(c.outcome, c.group));
    const item: HTMLElement = h(
      'li',
      { class: `conflict-item conflict-${c.kind}` },
      h('span', { class: `flag ${c.kind}` }, c.kind),
      ' ',
      h('strong', { class: 'conflict-label' }, label),
      ': ',
      rest,
      ' ',
      h(
        'button',
        {
          class: 'link-button',
          attrs: { type: 'button' },
          on: { click: () => onSelect(claimsOf(view, c.claims), `${c.kind}: ${label}`, item) },
        },
        `show ${plural(c.claims.length, 'quote')}`,
      ),
    );
    return item;
  });
}

export function timelineSection(view: IncidentView, onSelect: SelectClaims): HTMLElement {
  const chart = timelineChart(view, onSelect);
  if (view.timeline.length === 0)
    return h('div', {}, chart, h('p', { class: 'empty' }, 'No dated statements.'));
  const entries = [...view.timeline].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const list = pagedList(
    entries,
    (t) => {
      const item: HTMLElement = h(
        'li',
        { class: 'timeline-item' },
        h('time', { class: 'timeline-date' }, t.date ?? 'date unknown'),
        h('span', { class: `swatch kind-${t.claimant.kind}` }),
        h(
          'button',
          {
            class: 'link-button',
            attrs: { type: 'button' },
            on: {
              click: () =>
                onSelect(claimsOf(view, t.claims), `${t.claimant.name}, ${t.date ?? 'undated'}`, item),
            },
          },
          t.claimant.name,
        ),
        h('span', { class: 'muted' }, ` (${kindWord(t.claimant.kind)}) `),
        t.summary,
      );
      return item;
    },
    { tag: 'ol', class: 'timeline' },
  );
  return h('div', {}, chart, h('h3', {}, 'Statements by day'), list);
}

export function sourcesSection(view: IncidentView, onSelect: SelectClaims): HTMLElement {
  const byClaimant = new Map<string, Claim[]>();
  for (const c of view.claims) {
    const list = byClaimant.get(c.claimant.id);
    if (list) list.push(c);
    else byClaimant.set(c.claimant.id, [c]);
  }
  const claimants = [...byClaimant.values()].sort((a, b) => b.length - a.length);
  const claimantList = pagedList(claimants, (list) => {
    const c = list[0] as Claim;
    const hedged = list.filter((x) => x.hedged).length;
    const item: HTMLElement = h(
      'li',
      {},
      h('span', { class: `swatch kind-${c.claimant.kind}` }),
      h(
        'button',
        {
          class: 'link-button',
          attrs: { type: 'button' },
          on: { click: () => onSelect(list, c.claimant.name, item) },
        },
        c.claimant.name,
      ),
      h('span', { class: 'muted' }, ` ${kindWord(c.claimant.kind)} · ${plural(list.length, 'figure')}`),
      hedged > 0 ? h('span', { class: 'muted' }, ` · ${hedged} hedged`) : null,
    );
    return item;
  });
  const counts = new Map<string, number>();
  for (const c of view.claims) counts.set(c.document, (counts.get(c.document) ?? 0) + 1);
  const articles = pagedList(view.documents, (d) =>
    h(
      'li',
      {},
      h('a', { attrs: { href: documentHref(d.id, null, view.incident.id) } }, d.headline || d.title || d.id),
      h(
        'span',
        { class: 'muted' },
        ` ${[d.outlet, publishedText(d) ?? 'date unknown'].filter(Boolean).join(' · ')} · ${plural(counts.get(d.id) ?? 0, 'figure')}`,
      ),
    ),
  );
  return h(
    'div',
    { class: 'sources' },
    h('div', {}, h('h3', {}, 'Claimants'), claimantList),
    h('div', {}, h('h3', {}, 'Articles'), articles),
  );
}
