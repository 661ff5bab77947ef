// The home page's filters: text search (incident names and their claims' sentences), claimant by name, outcome,
// date range, country, and whether recalled incidents show. They live in the URL, so a filtered list can be shared.
import { OUTCOMES } from '../../src/model/vocabulary.js';
import type { IncidentQuery } from './api.js';
import { h } from './dom.js';

const FIELDS = ['query', 'claimant', 'outcome', 'from', 'to', 'country'] as const;

export function queryFromParams(params: URLSearchParams): IncidentQuery {
  const out: Record<string, string | boolean> = {};
  for (const f of FIELDS) {
    const v = params.get(f === 'query' ? 'q' : f);
    if (v) out[f] = v;
  }
  if (params.get('recalled') === '1') out.recalled = true;
  return out as IncidentQuery;
}

export function paramsOf(query: IncidentQuery): string {
  const p = new URLSearchParams();
  for (const f of FIELDS) {
    const v = query[f];
    if (v) p.set(f === 'query' ? 'q' : f, v);
  }
  if (query.recalled) p.set('recalled', '1');
  return p.toString();
}

export function incidentFilters(
  initial: IncidentQuery,
  onChange: (query: IncidentQuery) => void,
): {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  countries(names: readonly string[]): void;
} {
  const input = (id: string, type: string, label: string, value: string | undefined, placeholder = '') =>
    h('input', { attrs: { id, type, 'aria-label': label, value: value ?? '', placeholder } });
  const search = input(
    'incident-search',
    'search',
    'Search',
    initial.query,
    'Search incidents and their claims…  (press /)',
  );
  const claimant = input('filter-claimant', 'text', 'Claimant', initial.claimant, 'e.g. ISPR, BLA');
  const outcome = h(
    'select',
    { attrs: { id: 'filter-outcome', 'aria-label': 'Outcome' } },
    h('option', { attrs: { value: '' } }, 'any outcome'),
    OUTCOMES.map((o) => h('option', { attrs: { value: o, selected: initial.outcome === o } }, o)),
  );
  const from = input('filter-from', 'date', 'From', initial.from);
  const to = input('filter-to', 'date', 'To', initial.to);
  const countryList = h('datalist', { attrs: { id: 'filter-countries' } });
  const country = input('filter-country', 'text', 'Country', initial.country, 'code or name');
  country.setAttribute('list', 'filter-countries');
  const recalled = h('input', {
    attrs: { id: 'filter-recalled', type: 'checkbox', checked: initial.recalled === true },
  });
  const read = (): IncidentQuery => ({
    query: search.value.trim(),
    claimant: claimant.value.trim(),
    outcome: outcome.value,
    from: from.value,
    to: to.value,
    country: country.value.trim(),
    recalled: recalled.checked,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(read()), delay);
  };
  for (const el of [search, claimant, country]) el.addEventListener('input', () => changed(250));
  for (const el of [outcome, from, to, recalled]) el.addEventListener('change', () => changed(0));
  const field = (label: string, control: HTMLElement) =>
    h('label', { class: 'field' }, h('span', {}, label), control);
  const element = h(
    'div',
    { class: 'filters', attrs: { role: 'search' } },
    search,
    h(
      'div',
      { class: 'filter-row' },
      field('Claimant', claimant),
      field('Outcome', outcome),
      field('From', from),
      field('To', to),
      field('Country', country),
      countryList,
      h('label', { class: 'toggle' }, recalled, ' show recalled incidents'),
    ),
  );
  return {
    element,
    search,
    countries(names) {
      countryList.replaceChildren(...names.map((n) => h('option', { attrs: { value: n } })));
    },
  };
}
