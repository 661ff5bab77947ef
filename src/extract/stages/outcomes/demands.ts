// A count named in a demand, a plan or a threat is no event: nothing has happened to those people yet.
// Accepts (as no claim): `demanded the immediate release of several prisoners`, `called for the release of 30
// detainees`, `plotted the killing of three judges`, `arranged to have two witnesses killed`, `conspiring to kill three
// others`, `aiming to kill four of the six`.
// Rejects (still a claim): the thing done (`secured the release of 30 detainees`, `ordered the release of 30
// detainees` is done by whoever orders it), and a threat told as a hedge (`threatened to kill 100 hostages` is kept
// and marked hedged by mark-hedged).
const DEMAND_VERBS =
  /^(?:demand|demands|demanded|demanding|seek|seeks|sought|seeking|urge|urges|urged|urging|plotted|plotting|plot|plots|planned|planning|conspiring|conspired|conspiracy|aiming|aimed|intending|intended|wanted|wants|arranged|arranging|attempting|attempted|tried|trying)$/;
const CALL_FOR = /^(?:called|calling|calls|call|asked|asking|pressed|pressing|appealed|appealing) for$/;

/**
 * Whether the words just before `at` (the cue's first token, or the count when the cue follows it) put the count in a
 * demand or plan: within a few words, with nothing but determiners, adjectives and `to` / `to have` between.
 */
export function inDemand(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = words[k] ?? '';
    if (DEMAND_VERBS.test(w) || CALL_FOR.test(`${w} ${words[k + 1] ?? ''}`)) return true;
    if (
      !/^(?:the|a|an|immediate|unconditional|swift|safe|to|have|of|for|all|its|their|his|her|further)$/.test(
        w,
      )
    )
      return false;
  }
  return false;
}

/**
 * `arranged to have witnesses, including those two girls, killed`: a count inside the object of `<plan verb> to
 * have`, the outcome told after it, is planned, not done. Looks back a few words from the count for `to have`
 * after a plan verb, with no clause boundary between.
 */
export function inPlannedObject(words: readonly string[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(2, first - 8); k--) {
    const w = words[k] ?? '';
    if (/^(?:[.;:!?]|said|says|and|but|who|which|that)$/.test(w)) return false;
    if (w === 'have' && words[k - 1] === 'to' && DEMAND_VERBS.test(words[k - 2] ?? '')) return true;
  }
  return false;
}
