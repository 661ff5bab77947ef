// A report as the pipeline sees it: normalised text plus what we know about where it came from.
import type { DocumentLanguage, ReportAbout } from './extraction.js';

/** What a caller may hand to `analyze` (SPEC.md: the library takes these objects). */
export interface DocumentInput {
  readonly text?: string;
  readonly html?: string;
  readonly id?: string;
  readonly title?: string | null;
  readonly url?: string | null;
  readonly outlet?: string | null;
  /** ISO date (YYYY-MM-DD) or any date string chrono/Date can read. */
  readonly published?: string | null;
  /** Where it was read from (path or URL); defaults to `url` or `id`. */
  readonly source?: string;
}

/** A normalised document: `text` is what every offset refers to. */
export interface SourceDocument {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** YYYY-MM-DD or null. */
  readonly published: string | null;
  /** True when `published` was not given but inferred (from the text or `--published`). */
  readonly publishedInferred: boolean;
  readonly text: string;
}

/** The JSON shape of a document in the output (SPEC.md `documents[]`). */
export interface DocumentRecord {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly publishedInferred: boolean;
  readonly url: string | null;
  readonly chars: number;
  /** The report's language and whether it was read (docs/languages.md); absent for records stored before. */
  readonly language?: DocumentLanguage;
  /** Whether the report tells of people harmed in an event, with the evidence (docs/report-decision.md). */
  readonly about?: ReportAbout;
}
