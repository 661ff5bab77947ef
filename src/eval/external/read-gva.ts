// Reads the SemEval-2018 Task 5 / GVA incidents (one JSON line per incident, its articles and GVA's final toll).
import { readFileSync } from 'node:fs';

export interface GvaArticle {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
}

export interface GvaIncident {
  readonly id: string;
  readonly killed: number;
  readonly injured: number;
  /** The day GVA dates the incident (`January 12, 2014` in the data), as YYYY-MM-DD; null when absent. */
  readonly date: string | null;
  readonly articles: readonly GvaArticle[];
}

interface RawIncident {
  readonly incident_id: string;
  readonly has_gold: boolean;
  readonly num_killed?: number;
  readonly num_injured?: number;
  readonly date?: string;
  readonly documents: readonly {
    readonly doc_id: string;
    readonly title?: string | null;
    readonly dct?: string | null;
    readonly url?: string | null;
    readonly text?: string | null;
  }[];
}

/** Incidents with gold numbers only; the 81 without a surviving GVA record cannot be scored. */
export function readGva(path: string): GvaIncident[] {
  const out: GvaIncident[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as RawIncident;
    if (!raw.has_gold || typeof raw.num_killed !== 'number' || typeof raw.num_injured !== 'number') continue;
    out.push({
      id: raw.incident_id,
      killed: raw.num_killed,
      injured: raw.num_injured,
      date: isoDay(raw.date),
      articles: raw.documents.map((d) => ({
        id: d.doc_id,
        title: d.title ?? null,
        published: d.dct ?? null,
        url: d.url ?? null,
        text: d.text ?? '',
      })),
    });
  }
  return out;
}

function isoDay(date: string | undefined): string | null {
  if (!date) return null;
  const t = Date.parse(`${date} 12:00 UTC`);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
