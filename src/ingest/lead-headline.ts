// A headline for a report that carries no title: its opening line when that reads as a headline, else the start of
// its first sentence. Lines too short to be a headline (an outlet's name, "eurasiareview.com", a dateline) are
// passed over; the title, when there is one, always wins.
const MIN_CHARS = 25;
const MAX_CHARS = 110;

export function leadHeadline(title: string | null, text: string): string {
  if (title?.trim()) return title.trim();
  const lines = text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const line = lines.find((l) => l.length >= MIN_CHARS) ?? lines[0] ?? '';
  const sentence = /^.+?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (sentence.length <= MAX_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MIN_CHARS)).replace(/[\s,;:–-]+$/, '')}…`;
}
