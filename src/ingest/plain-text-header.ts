// A plain-text report whose first lines are an outlet and a headline, as copied from a page: `eurasiareview.com`
// then `Pakistan’s Hostage-Rescue Failures Exposed As BLA Siege Ends …`. Accepted: an outlet line that is a web
// domain or a short capitalised name (`Dawn`, `The Express Tribune`) followed by a headline line; a headline line
// alone when a blank line follows it. Rejected: a first line that is a sentence (ends in a full stop, or is long),
// a dateline paragraph (`QUETTA, March 11 — …`). The text is not changed: offsets stay the file's.
export interface TextHeader {
  readonly outlet: string | null;
  readonly title: string | null;
}

const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/iu;
const OUTLET_NAME = /^(?:The )?(?:\p{Lu}[\p{L}&'’.-]*)(?: \p{Lu}[\p{L}&'’.-]*){0,3}$/u;
const MAX_HEADLINE = 160;

function isHeadline(line: string): boolean {
  return (
    line.length >= 12 && line.length <= MAX_HEADLINE && !/[.:;,]$/u.test(line) && !/\s[—–-]\s*$/u.test(line)
  );
}

export function readTextHeader(text: string): TextHeader {
  const blocks = text
    .split(/\n\s*\n/u)
    .map((b) => b.trim())
    .filter(Boolean)
    .slice(0, 3);
  const [first, second] = blocks;
  if (!first || first.includes('\n')) return { outlet: null, title: null };
  if (
    (DOMAIN.test(first) || (OUTLET_NAME.test(first) && first.length <= 40)) &&
    second &&
    !second.includes('\n') &&
    isHeadline(second)
  )
    return { outlet: first, title: second };
  if (isHeadline(first) && second && !DOMAIN.test(first) && first.split(/\s+/u).length >= 3)
    return { outlet: null, title: first };
  return { outlet: null, title: null };
}
