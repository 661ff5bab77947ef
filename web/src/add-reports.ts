// Paste or upload reports; the server ingests them and the page refreshes what it shows, without a reload.
import { api, ApiError, type IngestAnswer } from './api.js';
import { h } from './dom.js';
import { plural } from './labels.js';

const ACCEPT = '.txt,.md,.text,.json,.jsonl,.ndjson,.csv,.html,.htm';

export function addReportsForm(onAdded: (answer: IngestAnswer) => void): HTMLElement {
  const text = h('textarea', {
    attrs: { id: 'paste-text', rows: 8, placeholder: 'Paste the text of a report…' },
  });
  const title = h('input', { attrs: { id: 'paste-title', type: 'text', placeholder: 'Title (optional)' } });
  const outlet = h('input', {
    attrs: { id: 'paste-outlet', type: 'text', placeholder: 'Outlet (optional)' },
  });
  const published = h('input', {
    attrs: { id: 'paste-published', type: 'date', 'aria-label': 'Published (optional)' },
  });
  const files = h('input', { attrs: { id: 'upload-files', type: 'file', multiple: true, accept: ACCEPT } });
  const status = h('p', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = h('button', { attrs: { type: 'submit' } }, 'Add reports');
  const form = h(
    'form',
    { class: 'add-reports' },
    h('label', { attrs: { for: 'paste-text' } }, 'Report text'),
    text,
    h('div', { class: 'row' }, title, outlet, published),
    h('label', { attrs: { for: 'upload-files' } }, 'or upload files (.txt, .md, .json, .jsonl, .csv, .html)'),
    files,
    h('div', { class: 'row' }, submit, status),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const pasted =
        text.value.trim() === ''
          ? []
          : [
              {
                text: text.value,
                title: title.value || undefined,
                outlet: outlet.value || undefined,
                published: published.value || undefined,
              },
            ];
      const uploads = await Promise.all(
        [...(files.files ?? [])].map(async (f) => ({ name: f.name, content: await f.text() })),
      );
      if (pasted.length + uploads.length === 0) {
        status.textContent = 'Paste some text or choose files first.';
        return;
      }
      submit.disabled = true;
      status.textContent = 'Reading…';
      try {
        const answer = await api.ingest(pasted, uploads);
        status.textContent = summary(answer);
        form.reset();
        onAdded(answer);
      } catch (err) {
        status.textContent =
          err instanceof ApiError ? `Not added: ${err.message}` : `Not added: ${String(err)}`;
      } finally {
        submit.disabled = false;
      }
    })();
  });
  return form;
}

function summary(a: IngestAnswer): string {
  const parts = [`${plural(a.added.length, 'report')} added`];
  if (a.unchanged.length > 0) parts.push(`${a.unchanged.length} already stored`);
  if (a.failures.length > 0)
    parts.push(`${a.failures.length} not readable (${a.failures.map((f) => f.message).join('; ')})`);
  return parts.join(', ') + '.';
}
