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
    if (!d.group) return drop(d, 'drop-uncounted', 'no counted people');
    if (!d.outcome) return drop(d, 'drop-uncounted', `no outcome for ${d.group}`);
    if (d.mention.kind === 'definite' && !CASUALTY.has(d.outcome))
      return drop(d, 'drop-uncounted', `"${d.mention.text}" ${d.outcome} is not a casualty`);
    return d;
  });
  return { ...state, drafts };
}
