// Paste or upload reports; the server ingests them one at a time, so the form can say how far it got (and which
// report it is reading), and the page refreshes what it shows, without a reload.
import { api, ApiError, type IngestAnswer } from './api.js';
import type { FollowUpAnswer } from '../../src/store/store.js';
import { h } from './dom.js';
import { plural } from './labels.js';

const ACCEPT = '.txt,.md,.text,.json,.jsonl,.ndjson,.csv,.html,.htm';

/**
 * `incident`: on an incident's page, its id now (a merge may change it); the reports are posted as its follow-ups
 * and the status line says, for each, whether it joined and why.
 */
export function addReportsForm(
  onAdded: (answer: IngestAnswer) => void,
  incident?: () => string,
): HTMLElement {
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
  const progress = h('progress', { attrs: { id: 'ingest-progress', max: 1, value: 0, hidden: true } });
  const submit = h('button', { attrs: { type: 'submit' } }, 'Add reports');
  const form = h(
    'form',
    { class: 'add-reports' },
    h('label', { attrs: { for: 'paste-text' } }, 'Report text'),
    text,
    h('div', { class: 'row' }, title, outlet, published),
    h('label', { attrs: { for: 'upload-files' } }, 'or upload files (.txt, .md, .json, .jsonl, .csv, .html)'),
    files,
    h('div', { class: 'row' }, submit, progress, status),
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
      // One request per report: each answer moves the bar, and one unreadable file costs only itself.
      const items: { name: string; send: () => Promise<IngestAnswer> }[] = [
        ...pasted.map((d) => ({
          name: d.title ?? 'pasted text',
          send: () => api.ingest([d], [], incident?.()),
        })),
        ...uploads.map((f) => ({ name: f.name, send: () => api.ingest([], [f], incident?.()) })),
      ];
      const answers: IngestAnswer[] = [];
      progress.max = items.length;
      progress.hidden = false;
      try {
        for (const [i, item] of items.entries()) {
          progress.value = i;
          status.textContent = `Reading ${i + 1} of ${items.length}: ${item.name}…`;
          answers.push(await item.send().catch((err: unknown) => failedAnswer(item.name, err)));
        }
        const answer = merge(answers);
        status.textContent = summary(answer);
        form.reset();
        if (answer.added.length > 0 || answer.unchanged.length > 0) onAdded(answer);
      } finally {
        progress.hidden = true;
        submit.disabled = false;
      }
    })();
  });
  return form;
}

function failedAnswer(input: string, err: unknown): IngestAnswer {
  if (!(err instanceof ApiError)) throw err;
  return {
    reports: [{ input, id: null, status: 'failed', message: err.message }],
    added: [],
    unchanged: [],
    failed: [{ input, code: err.code, message: err.message }],
  };
}

function merge(answers: readonly IngestAnswer[]): IngestAnswer {
  return {
    reports: answers.flatMap((a) => a.reports),
    added: answers.flatMap((a) => a.added),
    unchanged: answers.flatMap((a) => a.unchanged),
    failed: answers.flatMap((a) => a.failed),
    incidents: answers.flatMap((a) => a.incidents ?? []),
  };
}

/** Says what became of each report: added, renamed because the name was taken, already stored, unreadable. */
export function summary(a: IngestAnswer): string {
  const parts = [`${plural(a.added.length, 'report')} added`];
  const renamed = a.reports.filter((r) => r.status === 'renamed');
  if (renamed.length > 0)
    parts.push(`${renamed.map((r) => `${r.input} kept as ${r.id ?? '?'}`).join(', ')} (the name was taken)`);
  if (a.unchanged.length > 0) parts.push(`${a.unchanged.length} already stored`);
  if (a.failed.length > 0)
    parts.push(`${a.failed.length} not readable (${a.failed.map((f) => f.message).join('; ')})`);
  return [parts.join(', ') + '.', ...(a.incidents ?? []).flatMap(followUpLine)].join(' ');
}

/** What became of a report posted from an incident's page, and the evidence, in one sentence. */
function followUpLine(f: FollowUpAnswer): string[] {
  if (f.hinted === null) return [];
  const why = f.why.join('; ');
  if (f.joined) return [`It joined this incident${why ? ` (${why})` : ''}.`];
  if (f.incident === null) return [`It stays out of this incident: ${why}.`];
  return [`It was kept apart as another event, ${f.incident}${why ? ` (${why})` : ''}.`];
}
