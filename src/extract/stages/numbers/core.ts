// What a reader of one number phrasing returns to find-numbers: a token range and its value, before hedges.
import type { NumberMention } from '../../draft.js';

export interface Core {
  readonly first: number;
  readonly last: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly kind: NumberMention['kind'];
  readonly range: boolean;
  /** For a named person: the token of the age that follows the name (skipped as a number). */
  readonly age?: number;
  /** For a person counted by `a`/`the`: the token after its noun (where a list of bare nouns may go on). */
  readonly end?: number;
  /** People beyond those already counted (`no one else`, `another dozen`): see NumberMention.beyond. */
  readonly beyond?: boolean;
  /** Token after the evidence when it runs past the value (`no casualties`: the noun is the count). */
  readonly textEnd?: number;
  /** The reader that recognised the phrasing, named in the claim's trace. */
  readonly rule?: string;
}

export const exactCore = (first: number, last: number, v: number): Core => ({
  first,
  last,
  low: v,
  high: v,
  kind: 'number',
  range: false,
});

export const vagueCore = (first: number, last: number, v: number): Core => ({
  first,
  last,
  low: v,
  high: null,
  kind: 'vague',
  range: false,
});
