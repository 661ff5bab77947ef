// Reads the GVDB dev split (Pavlick et al. 2016): one article per TSV row, its victims annotated by one crowd worker.
import { readFileSync } from 'node:fs';

export interface GvdbVictim {
  readonly name: string | null;
  readonly age: string | null;
  /** Offset of the name (or age) in the text, or null when the worker gave no span. */
  readonly start: number | null;
  readonly end: number | null;
  readonly was: readonly string[];
}

export interface GvdbArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly victims: readonly GvdbVictim[];
}

interface Spanned {
  readonly value?: string;
  readonly startIndex?: number;
  readonly endIndex?: number;
}

interface RawVictim {
  readonly name?: Spanned;
  readonly age?: Spanned;
  readonly 'victim-was'?: readonly string[];
}

/** The file has no quoting: rows are lines and fields are tab-separated (texts hold neither). */
export function readGvdb(path: string): GvdbArticle[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cols = (header ?? '').split('\t');
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`GVDB: no column "${name}" in ${path}`);
    return i;
  };
  const [id, title, text, json] = [at('Article id'), at('Article title'), at('Full text'), at('Json')];
  return rows.map((row) => {
    const f = row.split('\t');
    const annotation = JSON.parse(f[json] ?? '{}') as { 'victim-section'?: readonly RawVictim[] };
    return {
      id: f[id] ?? '',
      title: f[title] ?? '',
      text: f[text] ?? '',
      victims: (annotation['victim-section'] ?? []).map(toVictim),
    };
  });
}

function toVictim(v: RawVictim): GvdbVictim {
  const span = [v.name, v.age].find((s) => s && (s.startIndex ?? -1) >= 0);
  return {
    name: v.name?.value || null,
    age: v.age?.value || null,
    start: span?.startIndex ?? null,
    end: span?.endIndex ?? null,
    was: v['victim-was'] ?? [],
  };
}

/** GVDB's gold per article: victims marked killed; victims injured or hospitalized and not killed. */
export function gvdbGold(article: GvdbArticle): { readonly killed: number; readonly wounded: number } {
  const killed = article.victims.filter((v) => v.was.includes('killed')).length;
  const wounded = article.victims.filter(
    (v) => !v.was.includes('killed') && (v.was.includes('injured') || v.was.includes('hospitalized')),
  ).length;
  return { killed, wounded };
}
