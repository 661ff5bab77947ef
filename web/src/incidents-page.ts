// The front page: incidents with their counts, a full-text search, and the form to add reports.
import type { IncidentSummary } from '../../src/store/store.js';
import { api } from './api.js';
import { h } from './dom.js';
import { addReportsForm } from './add-reports.js';
import { fmt } from './labels.js';

export function incidentsPage(root: HTMLElement, initialQuery: string): void {
  const search = h('input', {
    attrs: {
      id: 'incident-search',
      type: 'search',
      placeholder: 'Search incidents and reports…  (press /)',
      value: initialQuery,
      'aria-label': 'Search',
    },
  });
  const body = h('tbody');
  const more = h('button', { class: 'more', attrs: { type: 'button', hidden: true } }, 'Load more');
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  let cursor: string | null = null;
  let generation = 0;
  const load = async (reset: boolean) => {
    const mine = reset ? ++generation : generation;
    if (reset) cursor = null;
    const page = await api.incidents(search.value.trim(), cursor);
    if (mine !== generation) return;
    if (reset) body.replaceChildren();
    body.append(...page.items.map(incidentRow));
    cursor = page.next;
    more.hidden = cursor === null;
    status.textContent =
      body.children.length === 0
        ? search.value
          ? 'No incident matches.'
          : 'No incidents yet: add reports below.'
        : '';
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', search.value ? `#/?q=${encodeURIComponent(search.value)}` : '#/');
      void load(true);
    }, 200);
  });
  more.addEventListener('click', () => void load(false));
  // "/" jumps to the search box, as on most search-first tools.
  const slash = (e: KeyboardEvent) => {
    if (!search.isConnected) return document.removeEventListener('keydown', slash);
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      search.focus();
    }
  };
  document.addEventListener('keydown', slash);
  root.replaceChildren(
    h('h1', {}, 'Incidents'),
    h(
      'p',
      { class: 'exports' },
      'Export everything: ',
      (['csv', 'json', 'md'] as const).map((f) =>
        h('a', { class: 'button', attrs: { href: api.exportUrl(f), download: '' } }, EXPORT_LABELS[f]),
      ),
    ),
    search,
    h(
      'table',
      { class: 'incidents' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Incident', 'Date', 'Place', 'Sources', 'Claims', 'Open conflicts'].map((t) =>
            h('th', { attrs: { scope: 'col' } }, t),
          ),
        ),
      ),
      body,
    ),
    status,
    more,
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, 'Add reports'),
      addReportsForm(() => void load(true)),
    ),
  );
  void load(true);
}

const EXPORT_LABELS = { csv: 'CSV', json: 'JSON', md: 'Markdown report' } as const;

function incidentRow(i: IncidentSummary): HTMLElement {
  return h(
    'tr',
    { attrs: { 'data-incident': i.id } },
    h(
      'td',
      {},
      h('a', { attrs: { href: `#/incident/${encodeURIComponent(i.id)}` } }, i.label),
      i.main ? null : h('span', { class: 'muted small' }, ' (recalled)'),
    ),
    h('td', {}, i.date ?? '—'),
    h('td', {}, i.place ?? '—'),
    h('td', { class: 'num' }, fmt(i.documentCount)),
    h('td', { class: 'num' }, fmt(i.claimCount)),
    h('td', { class: `num${i.conflictCount > 0 ? ' has-conflict' : ''}` }, fmt(i.conflictCount)),
  );
}
