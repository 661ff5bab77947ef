// The app shell: a hash router over three pages (incidents, one incident, one article).
import './styles.css';
import { ApiError } from './api.js';
import { articlePage } from './article-page.js';
import { h } from './dom.js';
import { incidentPage } from './incident-page.js';
import { incidentsPage } from './incidents-page.js';
import { queryFromParams } from './incident-filters.js';

const root = document.getElementById('main') as HTMLElement;

async function route(): Promise<void> {
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  root.setAttribute('aria-busy', 'true');
  try {
    if (parts[0] === 'incident' && parts[1]) await incidentPage(root, parts[1]);
    else if (parts[0] === 'document' && parts[1])
      await articlePage(root, parts[1], params.get('claim'), params.get('incident'));
    else incidentsPage(root, queryFromParams(params));
  } catch (err) {
    const message = err instanceof ApiError ? err.message : String(err);
    root.replaceChildren(
      h('h1', {}, 'Something went wrong'),
      h('p', { class: 'error' }, message),
      h('a', { attrs: { href: '#/' } }, '← All incidents'),
    );
  } finally {
    root.removeAttribute('aria-busy');
  }
  // A new page starts at the top unless the article page scrolled to its highlight.
  if (!root.querySelector('#selected-number')) window.scrollTo(0, 0);
}

window.addEventListener('hashchange', () => void route());
void route();
