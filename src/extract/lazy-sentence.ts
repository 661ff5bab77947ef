// A sentence whose tokens are made when a stage reads them, and kept only for the last sentences read. Every token
// of a document held at once (an object and two strings each) was about 24 MB per MB of text, the largest part of
// extraction's memory (docs/robustness.md). Tokens are a pure function of the sentence's text and offset, so a
// sentence read again gets equal tokens; no stage compares tokens by identity.
import type { Sentence, Token } from './draft.js';
import { tokenize } from './tokenize.js';

/** How many sentences keep their tokens at once, per document: stages look a few sentences back, never hundreds. */
const KEPT = 256;

/** The sentences of one document whose tokens are held, oldest first: a ring, so the oldest is let go first. */
export class RecentTokens {
  readonly #ring: (LazySentence | undefined)[] = new Array<LazySentence | undefined>(KEPT);
  #next = 0;

  /** `sentence` now holds tokens; the sentence that held them longest lets them go. */
  hold(sentence: LazySentence): void {
    this.#ring[this.#next]?.release();
    this.#ring[this.#next] = sentence;
    this.#next = (this.#next + 1) % KEPT;
  }
}

export class LazySentence implements Sentence {
  #tokens: readonly Token[] | null = null;
  #words: readonly string[] | null = null;
  readonly #recent: RecentTokens;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly paragraph: number,
    readonly quoteOpenedIn: number | null,
    recent: RecentTokens,
  ) {
    this.#recent = recent;
  }

  get tokens(): readonly Token[] {
    return this.#tokens ?? this.#load().tokens;
  }

  /** `tokens[i].lower`, kept with the tokens for the phrase lookups every stage makes. */
  get words(): readonly string[] {
    return this.#words ?? this.#load().words;
  }

  release(): void {
    this.#tokens = null;
    this.#words = null;
  }

  #load(): { tokens: readonly Token[]; words: readonly string[] } {
    const tokens = tokenize(this.text, this.start);
    const words = tokens.map((t) => t.lower);
    this.#tokens = tokens;
    this.#words = words;
    this.#recent.hold(this);
    return { tokens, words };
  }
}
