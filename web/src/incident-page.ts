// The incident page: figures grid, evidence, conflicts, timeline, sources, exports and the form to add reports.
import type { Claim } from '../../src/model/claim.js';
import type { IncidentView } from '../../src/store/store.js';
import { addReportsForm } from './add-reports.js';
import { api, ApiError, type IngestAnswer } from './api.js';
import { h } from './dom.js';
import { figuresGrid } from './figures-grid.js';
import { conflictsSection, sourcesSection, timelineSection } from './incident-sections.js';
import { CLAIMANT_KIND_ORDER, plural } from './labels.js';
import { pagedList } from './paged-list.js';
import { quoteItem } from './quote-item.js';
import { incidentMap, locationOf, placeText } from './incident-map.js';

export async function incidentPage(root: HTMLElement, requested: string): Promise<void> {
  const view = await api.incident(requested);
  const started = performance.now();
  // An old link to an incident since merged into another: the server answers with the one it is part of.
  let id = view.incident.id;
  if (id !== requested) movedTo(requested, id);
  // One form for the page's lifetime: re-drawing after an ingest keeps its status line and focus. Reports added
  // here are posted as this incident's follow-ups.
  const form: HTMLElement = addReportsForm(
    (answer) =>
      void refresh(root, id, form, answer).then((now) => {
        if (now === null || now === id) return;
        movedTo(id, now);
        id = now;
      }),
    () => id,
  );
  render(root, view, form);
  if (id !== requested) root.prepend(mergedNote(requested));
  // The browser test and the benchmark read how long drawing took (not the fetch).
  root.dataset.renderMs = (performance.now() - started).toFixed(1);
}

/** New reports can merge this incident into another (its id changes): then say so instead of failing. */
/** The address bar shows the id the incident has now; the back button still leads where it led. */
function movedTo(from: string, to: string): void {
  if (location.hash === `#/incident/${encodeURIComponent(from)}` || location.hash === `#/incident/${from}`)
    history.replaceState(null, '', `#/incident/${encodeURIComponent(to)}`);
}

function mergedNote(old: string): HTMLElement {
  return h(
    'p',
    { class: 'merged-note', attrs: { role: 'note' } },
    `Incident ${old} was merged into this one.`,
  );
}

/** Draws the incident again; resolves to its id now (it changes when it was merged into another), or null. */
async function refresh(
  root: HTMLElement,
  id: string,
  form: HTMLElement,
  answer: IngestAnswer,
): Promise<string | null> {
  try {
    const view = await api.incident(id);
    render(root, view, form);
    if (view.incident.id !== id) root.prepend(mergedNote(id));
    // Reports about another incident are stored too, but would seem to vanish from this page.
    const here = new Set(view.documents.map((d) => d.id));
    const elsewhere = answer.added.filter((d) => !here.has(d.id)).length;
    if (elsewhere > 0) {
      form
        .querySelector('.status')
        ?.append(
          ` ${plural(elsewhere, 'report')} ${elsewhere === 1 ? 'is' : 'are'} not about this incident: `,
          h('a', { attrs: { href: '#/' } }, 'see all incidents'),
          '.',
        );
    }
    return view.incident.id;
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'not_found') throw err;
    root.replaceChildren(
      h('h1', {}, 'This incident is gone'),
      h('p', {}, 'Its reports were deleted.'),
      h('a', { attrs: { href: '#/' } }, '← See all incidents'),
    );
    return null;
  }
}

/** Below this width the evidence opens inline, under what was tapped; above it, in the sticky side panel. */
const NARROW = '(max-width: 900px)';

function render(root: HTMLElement, view: IncidentView, form: HTMLElement): void {
  const evidence = h('aside', { class: 'evidence', attrs: { 'aria-label': 'Evidence' } });
  const side = h('div', { class: 'evidence-slot' }, evidence);
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  let anchor: Element | null = null;
  const close = () => {
    markSelected(root, []);
    evidence.classList.remove('inline');
    side.append(evidence);
    evidence.replaceChildren(...placeholder());
    (anchor?.querySelector('button, [tabindex]') as HTMLElement | null)?.focus({ preventScroll: true });
  };
  const select = (claims: readonly Claim[], label: string, at: Element) => {
    anchor = at;
    markSelected(root, claims);
    const heading = h('h2', { attrs: { tabindex: -1 } }, label);
    evidence.replaceChildren(
      h(
        'div',
        { class: 'evidence-head' },
        heading,
        h(
          'button',
          {
            class: 'close',
            attrs: { type: 'button', 'aria-label': 'Close the evidence' },
            on: { click: close },
          },
          '×',
        ),
      ),
      h('p', { class: 'muted' }, `${plural(claims.length, 'quote')} — open one to read it in its article.`),
      pagedList(byKindThenValue(claims), (c) => quoteItem(c, docs.get(c.document), view.incident.id), {
        class: 'quotes',
      }),
    );
    // On a phone the quotes open right under the figure tapped, not thousands of pixels below it.
    const inline = matchMedia(NARROW).matches;
    evidence.classList.toggle('inline', inline);
    if (inline) at.after(evidence);
    else side.append(evidence);
    heading.focus({ preventScroll: true });
    evidence.scrollIntoView({ block: 'nearest' });
  };
  const placeholder = () => [
    h('h2', {}, 'Evidence'),
    h('p', { class: 'muted' }, 'Tap a figure, a row, a source or a conflict to see the quotes behind it.'),
  ];
  evidence.append(...placeholder());
  const i = view.incident;
  const located = locationOf(i);
  root.replaceChildren(
    h('nav', { class: 'crumbs' }, h('a', { attrs: { href: '#/' } }, '← All incidents')),
    h(
      'header',
      { class: 'incident-head' },
      h('h1', {}, i.label),
      h(
        'p',
        { class: 'muted' },
        [i.date ?? 'date unknown', placeText(located, i.place) || 'place unknown'].join(' · '),
      ),
      i.aliases.length > 0 ? h('p', { class: 'muted small' }, `Also called: ${i.aliases.join(', ')}`) : null,
      h(
        'p',
        { class: 'counts' },
        `${plural(view.documents.length, 'article')} · ${plural(view.claims.length, 'figure')} · ${plural(view.conflicts.length, 'conflict')}`,
      ),
      exportLinks(i.id),
      h(
        'nav',
        { class: 'section-nav', attrs: { 'aria-label': 'Sections' } },
        SECTIONS.map(([id, title]) => h('a', { attrs: { href: `#section-${id}` } }, title)),
      ),
    ),
    h(
      'div',
      { class: 'incident-layout' },
      h(
        'div',
        { class: 'incident-main' },
        section('figures', 'Figures', figuresGrid(view, select)),
        located
          ? section(
              'map',
              'Where',
              incidentMap([i], () => {}),
            )
          : null,
        section('conflicts', 'Conflicts', conflictsSection(view, select)),
        section('timeline', 'Timeline of statements', timelineSection(view, select)),
        section('sources', 'Sources', sourcesSection(view, select)),
        section('add', 'Add reports', form),
      ),
      side,
    ),
  );
}

const SECTIONS = [
  ['figures', 'Figures'],
  ['conflicts', 'Conflicts'],
  ['timeline', 'Timeline'],
  ['sources', 'Sources'],
  ['add', 'Add reports'],
] as const;

/** Marks whose claims are on show get a ring, so the grid says what the evidence panel is about. */
function markSelected(root: HTMLElement, claims: readonly Claim[]): void {
  const ids = new Set(claims.map((c) => c.id));
  for (const mark of root.querySelectorAll<SVGElement>('.chart .mark')) {
    mark.classList.toggle(
      'selected',
      (mark.dataset.claims ?? '').split(' ').some((id) => ids.has(id)),
    );
  }
}

const KIND_RANK: Readonly<Record<string, number>> = Object.fromEntries(
  CLAIMANT_KIND_ORDER.map((k, i) => [k, i]),
);

function byKindThenValue(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(
    (a, b) =>
      (KIND_RANK[a.claimant.kind] ?? 9) - (KIND_RANK[b.claimant.kind] ?? 9) ||
      a.claimant.name.localeCompare(b.claimant.name) ||
      (a.value.low ?? a.value.high ?? 0) - (b.value.low ?? b.value.high ?? 0),
  );
}

function section(id: string, title: string, body: HTMLElement): HTMLElement {
  return h(
    'section',
    { class: 'panel', attrs: { id: `section-${id}`, 'aria-labelledby': `h-${id}` } },
    h('h2', { attrs: { id: `h-${id}` } }, title),
    body,
  );
}

function exportLinks(incident: string): HTMLElement {
  const link = (format: 'csv' | 'json' | 'md', label: string) =>
    h('a', { class: 'button', attrs: { href: api.exportUrl(format, incident), download: '' } }, label);
  return h(
    'p',
    { class: 'exports' },
    'Export: ',
    link('csv', 'CSV'),
    link('json', 'JSON'),
    link('md', 'Markdown report'),
  );
}
