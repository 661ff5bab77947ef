// The REST API as typed functions; every failure becomes an ApiError with the server's code and message.
import type {
  FollowUpAnswer,
  IncidentFilter,
  IncidentSummary,
  IncidentView,
  IngestReport,
  Page,
  StoredDocument,
} from '../../src/store/store.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the server says of one posted report. */
export interface ReportOutcome {
  readonly input: string;
  readonly id: string | null;
  readonly status: 'new' | 'duplicate' | 'renamed' | 'failed';
  readonly message?: string;
}

export interface IngestAnswer extends Omit<IngestReport, 'failed' | 'results' | 'followUps'> {
  readonly reports: readonly ReportOutcome[];
  /** Which incident each added report is in now, and why (src/store/follow-ups.ts). */
  readonly incidents?: readonly FollowUpAnswer[];
  readonly failed: readonly { readonly input: string; readonly code: string; readonly message: string }[];
}

/** The home page's filters, as /api/incidents takes them; `recalled` shows recalled incidents too. */
export type IncidentQuery = Omit<IncidentFilter, 'mainOnly'> & { readonly recalled?: boolean };

export interface NewDocument {
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? `${res.status} ${res.statusText}`,
    );
  }
  return body as T;
}

const q = (params: Record<string, string | number | null | undefined>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export const api = {
  incidents: ({ recalled, ...filter }: IncidentQuery, cursor: string | null, limit = 50) =>
    call<Page<IncidentSummary>>(
      `/api/incidents${q({ ...filter, main: recalled ? null : 'true', cursor, limit })}`,
    ),
  incident: (id: string) => call<IncidentView>(`/api/incidents/${encodeURIComponent(id)}`),
  document: (id: string) => call<StoredDocument>(`/api/documents/${encodeURIComponent(id)}`),
  /** `incident`: posted from that incident's page, the reports join it unless the evidence says otherwise. */
  ingest: (
    documents: readonly NewDocument[],
    files: readonly { name: string; content: string }[],
    incident?: string,
  ) =>
    call<IngestAnswer>('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documents, files, ...(incident ? { incident } : {}) }),
    }),
  exportUrl: (format: 'json' | 'csv' | 'md', incident?: string) => `/api/export${q({ format, incident })}`,
};
