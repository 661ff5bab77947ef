// A count that says how many children or relatives someone has is no count of the people harmed.
// Accepts (as kin, not counted): `a mother of 13`, `Father of 3 fatally shot`, `father to two boys died`,
// `a grandmother of five`, `survived by four children`, `leaves behind two daughters`.
// Rejects (still counted): `the mother of two victims said` is not caught (the count has a noun after `of` that is
// no kin word and no number of a family: `victims`), nor `two of the mothers were hurt` (the number comes first).
const PARENTS =
  /^(?:mother|father|mom|dad|parent|parents|grandmother|grandfather|grandparent|grandparents|mum|stepfather|stepmother)$/;
const SURVIVED = /^(?:survived by|leaves behind|leaves|left behind|is survived by)$/;
/** Nouns after the count that are the ones harmed, not the family: `mother of two victims`. */
const VICTIM_NOUNS = /^(?:victims?|casualties|dead|wounded|injured|hostages)$/;

/** Whether the count at `first` (its head noun at `head`, if any) counts someone's family. */
export function kinCount(words: readonly string[], first: number, head: number | null): boolean {
  if (head !== null && VICTIM_NOUNS.test(words[head] ?? '')) return false;
  const before = words[first - 1] ?? '';
  if ((before === 'of' || before === 'to') && PARENTS.test(words[first - 2] ?? '')) return true;
  const two = `${words[first - 2] ?? ''} ${before}`;
  return SURVIVED.test(two) || SURVIVED.test(before) || SURVIVED.test(`${words[first - 3]} ${two}`);
}
