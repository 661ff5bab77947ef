// Drops numbers that count nothing we track: no counted noun (`the 2 trains`) or no outcome (`500 prisoners`,
// `12 students graduated`). Keeps places attacked (`44 locations`, outcome other).
import type { ExtractState } from '../draft.js';
import { drop } from '../draft.js';

/** A person named by `the`/`he`/`she` is a count only when something happened to them. */
const CASUALTY = new Set(['killed', 'wounded', 'executed', 'missing']);

/** `a vigil for`, `a memorial held to remember`: what opens the phrase naming the ones mourned. */
const MOURNED =
  /\b(?:vigil|memorial|funeral|wake|service|candlelight)s?(?: [\w'’-]+){0,3}? (?:for|honoring|honouring|to remember|remembering|in memory of|to mourn|mourning)(?: the deaths? of)?$/i;
/** The gathering is where the story happens: `opened fire on a vigil`, `shot during a memorial`. */
export const GATHERING_SCENE =
  /\b(?:at|during|near|into|on|outside|inside|up|attending|following|after) (?:a|an|the) (?:[\w-]+ )?(?:vigil|memorial|funeral|wake|service)\b/i;

/** Where the phrase naming the ones mourned opens in a text, or -1: `a vigil held to remember`. */
export function mournedAt(text: string): number {
  return text.search(
    /\b(?:vigil|memorial|funeral|wake|service)s?\b(?: [\w'’-]+){0,3}? (?:for|honoring|honouring|to remember|remembering|in memory of|to mourn|mourning)\b/i,
  );
}

export function dropUncounted(state: ExtractState): ExtractState {
  const drafts = state.drafts.map((d) => {
    if (d.dropped) return d;
    // `shots fired into a vigil for a man killed last week`: the one mourned died before the gathering was hit.
    const s = state.sentences[d.mention.sentence];
    if (
      s &&
      d.outcome === 'killed' &&
      GATHERING_SCENE.test(s.text) &&
      MOURNED.test(s.words.slice(Math.max(0, d.mention.first - 8), d.mention.first).join(' '))
    )
      return drop(d, 'drop-uncounted', 'the one mourned at the gathering died before it');
    // `The wife of a man fatally shot by police`: the outcome after the of-phrase is its person's, not the one
    // related to them (the kin-count rule's singular twin: `a mother of 13` is no victim either).
    const inner =
      s && d.head !== null && s.words[d.head + 1] === 'of' ? ofPerson(state.drafts, d, s.words) : undefined;
    if (inner) return drop(d, 'drop-uncounted', `what happened is "${inner.mention.text}"'s, after "of"`);
    if (!d.group) return drop(d, 'drop-uncounted', 'no counted people');
    if (!d.outcome) return drop(d, 'drop-uncounted', `no outcome for ${d.group}`);
    if (d.mention.kind === 'definite' && !CASUALTY.has(d.outcome))
      return drop(d, 'drop-uncounted', `"${d.mention.text}" ${d.outcome} is not a casualty`);
    return d;
  });
  return { ...state, drafts };
}

/** The single person named right after `of` in a one-person phrase, given the same outcome by the same cue. */
function ofPerson(
  drafts: ExtractState['drafts'],
  d: ExtractState['drafts'][number],
  words: readonly string[],
): ExtractState['drafts'][number] | undefined {
  if (d.mention.low !== 1 || d.mention.high !== 1 || d.outcome === null) return undefined;
  const inner = drafts.find(
    (e) =>
      !e.dropped &&
      e !== d &&
      e.mention.sentence === d.mention.sentence &&
      e.mention.first === d.head! + 2 &&
      e.outcome === d.outcome &&
      e.outcomeCue === d.outcomeCue,
  );
  return inner && toldOfInner(words, inner) ? inner : undefined;
}

/**
 * The cue belongs to the inner person when it opens a phrase right after them (`a man fatally shot by police`,
 * `a boy who was shot`), not when it is the sentence's own verb (`a friend of the victim was also wounded`).
 */
function toldOfInner(w: readonly string[], inner: ExtractState['drafts'][number]): boolean {
  if (inner.head === null) return false;
  let k = inner.head + 1;
  if (/^(?:who|that)$/.test(w[k] ?? '')) return true;
  while (/ly$/.test(w[k] ?? '')) k++;
  return /^(?:shot|killed|wounded|injured|slain|gunned|stabbed|murdered|hurt|hit|struck)$/.test(w[k] ?? '');
}
