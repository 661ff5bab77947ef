// The front page: incidents as cards (they fit a phone), a map of the located ones, filters, and the form to add
// reports. Recalled incidents (an earlier attack a report mentions) stay hidden unless asked for.
import type { IncidentSummary } from '../../src/store/store.js';
import { api, type IncidentQuery } from './api.js';
import { h } from './dom.js';
import { addReportsForm } from './add-reports.js';
import { incidentFilters, paramsOf } from './incident-filters.js';
import { incidentMap, locationOf, placeText } from './incident-map.js';
import { plural } from './labels.js';

export function incidentsPage(root: HTMLElement, initial: IncidentQuery): void {
  let query = initial;
  const list = h('ul', { class: 'incident-list' });
  const more = h('button', { class: 'more', attrs: { type: 'button', hidden: true } }, 'Load more');
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const map = h('div', { class: 'map-slot' });
  const shown: IncidentSummary[] = [];
  let cursor: string | null = null;
  let generation = 0;
  const filters = incidentFilters(initial, (next) => {
    query = next;
    const params = paramsOf(next);
    history.replaceState(null, '', params ? `#/?${params}` : '#/');
    void load(true);
  });
  const load = async (reset: boolean) => {
    const mine = reset ? ++generation : generation;
    if (reset) cursor = null;
    const page = await api.incidents(query, cursor);
    if (mine !== generation) return;
    if (reset) {
      list.replaceChildren();
      shown.length = 0;
    }
    shown.push(...page.items);
    list.append(...page.items.map(incidentCard));
    cursor = page.next;
    more.hidden = cursor === null;
    const filtered = Object.entries(query).some(([k, v]) => k !== 'recalled' && v);
    status.textContent =
      shown.length === 0
        ? filtered
          ? 'No incident matches.'
          : 'No incidents yet: add reports below.'
        : `${plural(shown.length, 'incident')}${cursor ? ' so far' : ''}${query.recalled ? '' : ' (recalled ones hidden)'}`;
    map.replaceChildren(incidentMap(shown, (id) => (location.hash = `#/incident/${encodeURIComponent(id)}`)));
    filters.countries(
      [...new Set(shown.flatMap((i) => [locationOf(i)?.country].filter((c): c is string => !!c)))].sort(),
    );
  };
  more.addEventListener('click', () => void load(false));
  // "/" jumps to the search box, as on most search-first tools.
  const slash = (e: KeyboardEvent) => {
    if (!filters.search.isConnected) return document.removeEventListener('keydown', slash);
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
    if (e.key === '/' && !typing) {
      e.preventDefault();
      filters.search.focus();
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
    filters.element,
    h(
      'div',
      { class: 'home-layout' },
      h('div', {}, status, list, more),
      h('section', { class: 'panel map-panel', attrs: { 'aria-label': 'Map' } }, h('h2', {}, 'Map'), map),
    ),
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

function incidentCard(i: IncidentSummary): HTMLElement {
  const place = placeText(locationOf(i), i.place);
  return h(
    'li',
    { class: `incident-card${i.main ? '' : ' recalled'}`, attrs: { 'data-incident': i.id } },
    h(
      'h2',
      { class: 'incident-title' },
      h('a', { attrs: { href: `#/incident/${encodeURIComponent(i.id)}` } }, i.label),
      i.main ? null : h('span', { class: 'flag' }, 'recalled'),
    ),
    h(
      'p',
      { class: 'incident-meta' },
      h('time', {}, i.date ?? 'date unknown'),
      ' · ',
      place || 'place unknown',
    ),
    h(
      'p',
      { class: 'incident-counts' },
      h('span', { class: 'count-reports' }, plural(i.documentCount, 'report')),
      ' · ',
      h('span', { class: 'count-figures' }, plural(i.claimCount, 'figure')),
      ' · ',
      h(
        'span',
        { class: `count-conflicts${i.conflictCount > 0 ? ' has-conflict' : ''}` },
        plural(i.conflictCount, 'conflict'),
      ),
    ),
  );
}
