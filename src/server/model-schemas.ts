// Zod mirrors of the SPEC.md JSON shapes: they validate what the API sends and generate the OpenAPI document.
import { z } from 'zod';
import { CLAIMANT_KINDS, CONFLICT_KINDS, GROUPS, OUTCOMES, QUALIFIERS } from '../model/vocabulary.js';

const isoDate = z.string().nullable();

/** Readonly arrays, as the model types declare them. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}

export const claimSchema = z
  .object({
    id: z.string(),
    document: z.string(),
    incident: z.string().nullable(),
    outcome: z.enum(OUTCOMES),
    group: z.enum(GROUPS),
    value: z.object({
      low: z.number().int().nullable(),
      high: z.number().int().nullable(),
      qualifier: z.enum(QUALIFIERS),
      text: z.string(),
    }),
    claimant: z.object({ id: z.string(), name: z.string(), kind: z.enum(CLAIMANT_KINDS) }),
    stated: isoDate,
    hedged: z.boolean(),
    evidence: z.object({
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      numberStart: z.number().int(),
      numberEnd: z.number().int(),
    }),
    provenance: z.object({
      claimant: z.enum(['stated', 'inferred']),
      claimantText: z.string().nullable(),
      outcome: z.enum(['stated', 'inferred']),
      group: z.enum(['stated', 'inferred']),
      trace: list(z.string()),
    }),
  })
  .meta({ id: 'Claim' });

export const documentRecordSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: isoDate,
    publishedInferred: z.boolean(),
    url: z.string().nullable(),
    chars: z.number().int(),
    /** The report's language; `read: false` means no figures were extracted from it (docs/languages.md). */
    language: z
      .object({ code: z.string(), name: z.string(), read: z.boolean(), reliable: z.boolean() })
      .optional(),
    /** Whether the report tells of people harmed in an event, with the evidence (docs/report-decision.md). */
    about: z
      .object({
        harm: z.boolean(),
        decision: z.enum(['harm', 'no harm', 'not read']),
        reasons: z.array(z.string()).readonly(),
      })
      .optional(),
  })
  .meta({ id: 'Document' });

export const incidentSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    date: isoDate,
    place: z.string().nullable(),
    aliases: list(z.string()),
    documents: list(z.string()),
    main: z.boolean(),
    background: z
      .string()
      .optional()
      .describe(
        'set on a round-up or statistic a report cites: its figures never vote in any estimate; the words say why',
      ),
  })
  .meta({ id: 'Incident' });

const estimateGroup = z.enum([...GROUPS, 'all']);

export const conflictSchema = z
  .object({
    id: z.string(),
    incident: z.string(),
    outcome: z.enum(OUTCOMES),
    group: estimateGroup,
    kind: z.enum(CONFLICT_KINDS),
    claims: list(z.string()),
    summary: z.string(),
  })
  .meta({ id: 'Conflict' });

export const estimateSchema = z
  .object({
    incident: z.string(),
    outcome: z.enum(OUTCOMES),
    group: estimateGroup,
    low: z.number().nullable(),
    best: z.number().nullable(),
    high: z.number().nullable(),
    claims: list(z.string()),
    independentSources: z.number().int(),
  })
  .meta({ id: 'Estimate' });

export const timelineEntrySchema = z
  .object({
    incident: z.string(),
    date: isoDate,
    claimant: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    claims: list(z.string()),
    summary: z.string(),
  })
  .meta({ id: 'TimelineEntry' });

export const incidentSummarySchema = incidentSchema
  .extend({ documentCount: z.number().int(), claimCount: z.number().int(), conflictCount: z.number().int() })
  .meta({ id: 'IncidentSummary' });

export const incidentViewSchema = z
  .object({
    incident: incidentSchema,
    documents: list(documentRecordSchema),
    claims: list(claimSchema),
    conflicts: list(conflictSchema),
    estimates: list(estimateSchema),
    timeline: list(timelineEntrySchema),
  })
  .meta({ id: 'IncidentView' });

export const storedDocumentSchema = z
  .object({
    document: documentRecordSchema.extend({ text: z.string() }),
    claims: list(claimSchema),
  })
  .meta({ id: 'StoredDocument' });

export const analysisSchema = z
  .object({
    triangulate: z.literal(1),
    documents: list(documentRecordSchema),
    incidents: list(incidentSchema),
    claims: list(claimSchema),
    conflicts: list(conflictSchema),
    estimates: list(estimateSchema),
    timeline: list(timelineEntrySchema),
  })
  .meta({ id: 'Analysis' });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: list(item), next: z.string().nullable() });
}

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'Error' });

/**
 * Read routes send what the store holds, which the store already shaped as these schemas say: they keep the
 * schemas for the OpenAPI document but serialise with JSON.stringify, not a zod parse of every item (measured:
 * `npm run bench -- server`). Additive provenance fields the schemas do not list are sent too, as `analyze` prints.
 */
export const plainJson = () => (data: unknown) => JSON.stringify(data);
