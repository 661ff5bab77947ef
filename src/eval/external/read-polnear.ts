// Reads PolNeAR (Newell et al. 2018): article texts and brat standoff attributions (source / cue / content spans).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A brat text-bound span; discontinuous spans have several fragments. */
export interface BratSpan {
  readonly fragments: readonly (readonly [number, number])[];
  readonly text: string;
}

export interface Attribution {
  readonly id: string;
  readonly sources: readonly BratSpan[];
  readonly cues: readonly BratSpan[];
  readonly contents: readonly BratSpan[];
}

export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly published: string | null;
  /** Annotator id of the annotation used (articles annotated twice use the first, by file name). */
  readonly annotator: string;
  readonly attributions: readonly Attribution[];
}

export function readPolnear(dir: string, metadataPath: string): PolnearArticle[] {
  const dates = readPublished(metadataPath);
  const annotations = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const firstByArticle = new Map<string, string>();
  for (const f of annotations) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!firstByArticle.has(name)) firstByArticle.set(name, f);
  }
  return [...firstByArticle].map(([name, file]) => ({
    name,
    text: readFileSync(join(dir, 'text', `${name}.txt`), 'utf8'),
    published: dates.get(name) ?? null,
    annotator: file.slice(name.length + 1, -'.ann'.length),
    attributions: parseBrat(readFileSync(join(dir, 'attributions', file), 'utf8')),
  }));
}

function readPublished(path: string): Map<string, string> {
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const cols = (header ?? '').split('\t');
  const [name, date] = [cols.indexOf('filename'), cols.indexOf('publication_date')];
  const out = new Map<string, string>();
  for (const row of rows) {
    const f = row.split('\t');
    if (f[name] && f[date]) out.set(f[name], f[date]);
  }
  return out;
}

/** `T` lines are spans, `E` lines tie one attribution's spans together by role (`Source`, `Cue`, `Content2` …). */
export function parseBrat(ann: string): Attribution[] {
  const spans = new Map<string, BratSpan>();
  const events: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, text] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const fragments = body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(id, { fragments, text: text ?? '' });
    } else if (id.startsWith('E')) {
      const args = body.split(' ').map((a) => a.split(':') as [string, string]);
      events.push({ id, args });
    }
  }
  return events.map(({ id, args }) => {
    const role = (r: string) =>
      args
        .filter(([name]) => name.replace(/\d+$/, '').toLowerCase() === r)
        .flatMap(([, ref]) => spans.get(ref) ?? []);
    return { id, sources: role('source'), cues: role('cue'), contents: role('content') };
  });
}
