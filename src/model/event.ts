// The event-row fields each incident carries (additive to SPEC.md's incident; codebook: docs/event-rows.md).
// Every field keeps the span that states it, or says it is inferred.
// Types only, no imports from geo/: the web app type-checks these and must not pull in node:fs.

/** A span of one report's text. */
export interface TextEvidence {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type LocationEvidence = TextEvidence;

/** Where the incident happened (the map draws these fields). */
export interface EventLocation {
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly countryCode: string;
  readonly country: string;
  readonly admin1: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly precision: 'city' | 'admin1' | 'country';
  /** true when no sentence puts the event in this place: it is the place the reports name most */
  readonly inferred: boolean;
  readonly evidence: LocationEvidence | null;
}

export interface EventDates {
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  readonly start: string;
  readonly end: string;
  readonly precision: 'day' | 'month' | 'year';
  /** true when no report's incident passage states the date (it came from publication dates) */
  readonly inferred: boolean;
  readonly evidence: TextEvidence | null;
  /**
   * When `end` is later than `start`: the words of the incident's own sentences that carry it on (`ended on
   * Wednesday`, `By March 12 … declared the operation successful`, `a 30-hour-long firefight`). Absent when end = start.
   */
  readonly endEvidence?: TextEvidence;
}

export interface EventActor {
  /** `perpetrator`: who attacked; `target`: who was attacked */
  readonly role: 'perpetrator' | 'target';
  readonly name: string;
  /** claimant id where the actor is a known source (`bla`), else a made-up key (`government-pk`, `civilians`) */
  readonly id: string;
  readonly kind: 'state' | 'rebel' | 'civilians' | 'unknown';
  readonly inferred: boolean;
  readonly evidence: TextEvidence | null;
}

export interface EventType {
  /** ACLED: disorder type, event type and sub-event type */
  readonly acled: { readonly disorder: string; readonly event: string; readonly subEvent: string };
  /** UCDP type of violence: 1 state-based, 2 non-state, 3 one-sided */
  readonly ucdp: 1 | 2 | 3;
  readonly inferred: boolean;
  readonly evidence: TextEvidence | null;
}

/** Deaths by side in UCDP's terms, from the estimates of killed and executed per group. */
export interface EventDeaths {
  readonly a: DeathCount;
  readonly b: DeathCount;
  readonly civilians: DeathCount;
  readonly unknown: DeathCount;
  readonly total: DeathCount;
}

export interface DeathCount {
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  /** true when the best rests on an open figure (`over 200`): it is a floor, not a count */
  readonly open: boolean;
  /** the bounds as they may honestly be written: `>200`, `234+` */
  readonly text: { readonly low: string | null; readonly best: string | null; readonly high: string | null };
  /** the claims behind the figures */
  readonly claims: readonly string[];
}

export interface IncidentEvent {
  readonly dates: EventDates | null;
  readonly location: EventLocation | null;
  readonly actors: readonly EventActor[];
  readonly eventType: EventType | null;
  readonly deaths: EventDeaths;
  /** the disagreement in words: `killed security forces: ISPR 4 → 23; BLA 6` */
  readonly notes: string;
}
