// Decides, for the whole report, whether it tells of people harmed, held or endangered in an event, and drops
// counts that are no incident even though a harm word governs them.
// Claim level, accepted: `Gunmen killed four guards`, `two officers were shot`, `no one was hurt in the fire`.
// Rejected: `a cashier … is held accountable`, `went through a tough time`, `concurrent execution`,
// `he died of consumption`, `in the novel, the last two knights die`, `in the event she was injured`,
// `20 veterans commit suicide each day` (places counted with no attack on them are dropped earlier, by
// attach-group's groups/places-attacked.ts).
// Report level: harm when a count of people harmed (killed, wounded, held, missing, rescued, released, executed)
// leads the report, stands in a sentence that names an event (`shooting`, `explosion`, `fire`, `arrests`) or next
// to one, counts several people, or the report is much about it. Counts of people present and of places are
// context: they make a report about harm only beside an event or a verb of harm, or when they are the report.
// Otherwise the report is no account of harm and yields no claims (its drafts stay in the trace). A report in a
// language we do not read yields none either, and says so.
import type { ReportAbout } from '../../model/extraction.js';
import { detectLanguage, readByStages } from '../detect-language.js';
import type { DraftClaim, ExtractState, Sentence } from '../draft.js';
import { drop } from '../draft.js';
import { LEAD_CUES, NOT_INCIDENTS, REPORT_EVENT_NOUNS } from '../lexicon.js';

const STAGE = 'assess-report';
/** `every 72 minutes`, `each two weeks`: a count per stretch of time (the fixed ones are in noncounts.json). */
const RATE =
  /\b(?:every|each|per)\s+(?:[\d,.]+|few|other|two|three|four|five|six|ten|twelve)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** Outcomes that are harm to people, or people held or endangered. */
const HARM: ReadonlySet<string> = new Set([
  'killed',
  'wounded',
  'held',
  'missing',
  'rescued',
  'released',
  'executed',
]);
/** The share of sentences telling of harm or an event that makes a report about harm with no other sign. */
const MIN_SHARE = 0.1;
const CLAUSE_BREAK = /^(?:[,;:()\u2013\u2014\u2015-]|who|which|whose|where|when)$/;
/** How many words after the outcome word an illness may start and still be its cause (`recovering from …`). */
const CAUSE_REACH = 4;
/** A report's first sentences (title and lead): a count of harm there is what the report is about. */
const LEAD = 3;
/** The share of sentences counting people present or places that makes them the report's whole statement. */
const CONTEXT_SHARE = 0.5;

export function detectReportLanguage(state: ExtractState): ExtractState {
  return { ...state, language: detectLanguage(state.document.text) };
}

export function assessReport(state: ExtractState): ExtractState {
  const language = readByStages(state.language ?? detectLanguage(state.document.text));
  if (!language.read) {
    const why = `written in ${language.name} (${language.code}), not read`;
    return {
      ...state,
      language,
      drafts: state.drafts.map((d) => (d.dropped ? d : drop(d, STAGE, why))),
      about: { harm: false, decision: 'not read', reasons: [why] },
    };
  }
  const checked = state.drafts.map((d) => {
    if (d.dropped) return d;
    const s = state.sentences[d.mention.sentence];
    const why = s ? notAnIncidentCount(d, s) : null;
    return why ? drop(d, STAGE, why) : d;
  });
  const about = decide(state, checked);
  const drafts = about.harm
    ? checked
    : checked.map((d) => (d.dropped ? d : drop(d, STAGE, 'the report tells of no one harmed in an event')));
  return { ...state, language, drafts, about };
}

/** Why a count governed by a harm word is still no count of people harmed in an incident, or null. */
export function notAnIncidentCount(d: DraftClaim, s: Sentence): string | null {
  // `Every 72 minutes, a veteran commits suicide`: a rate over time, no incident.
  const found = phrasesIn(s.words);
  const rate = RATE.exec(s.text);
  if (rate) {
    const at = s.tokens.findIndex((t) => t.start >= s.start + rate.index);
    found.set('rates', [...(found.get('rates') ?? []), [at, at + 1]]);
  }
  for (const [kind, spans] of found) {
    // A figurative phrase only counts when it holds the word that gave the outcome (`held accountable`), so
    // `the man, who had a tough time, was shot` stays.
    if (kind === 'figurative' && cueOutside(d, s.words, spans)) continue;
    // An illness is the cause only right after the outcome word (`recovering from mental health issues`), not
    // anywhere in the sentence (`a woman with heart disease, charged with killing two`).
    if (kind === 'illness' && !causeAfterCue(d, s.words, spans)) continue;
    // A rate governs the count when it opens the sentence or stands in the outcome's own clause: `20 veterans
    // commit suicide each day`, not `who sang at church every week ― was shot and killed`.
    if (kind === 'rates' && !spans.some(([a]) => a <= 1 || sameClauseAsCue(d, s.words, a))) continue;
    return `${kind.replace(/([A-Z])/g, ' $1').toLowerCase()} (“${spans.map(([a, b]) => s.words.slice(a, b).join(' ')).join('”, “')}”)`;
  }
  return null;
}

/** The phrases of each kind in a sentence, as token spans. */
function phrasesIn(words: readonly string[]): Map<string, [number, number][]> {
  const found = new Map<string, [number, number][]>();
  for (let i = 0; i < words.length; i++) {
    const m = NOT_INCIDENTS.matchAt(words, i);
    if (!m) continue;
    found.set(m.label, [...(found.get(m.label) ?? []), [i, i + m.length]]);
    i += m.length - 1;
  }
  return found;
}

/** True when the draft's outcome word appears in the sentence outside the figurative phrases. */
function cueOutside(d: DraftClaim, words: readonly string[], spans: readonly [number, number][]): boolean {
  const cue = d.outcomeCue?.toLowerCase().split(/\s+/).at(-1);
  if (!cue) return false;
  return words.some((w, i) => w === cue && !spans.some(([a, b]) => i >= a && i < b));
}

/** The first verb of harm to people in these sentences (`shoots`, `were killed`), or null. */
function harmCueIn(sentences: readonly Sentence[]): string | null {
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const m = LEAD_CUES.matchAt(s.words, i);
      if (m) return s.words.slice(i, i + m.length).join(' ');
    }
  }
  return null;
}

/** True when no punctuation stands between the outcome word and token `at`. */
function sameClauseAsCue(d: DraftClaim, words: readonly string[], at: number): boolean {
  const cue = d.outcomeCue?.toLowerCase().split(/\s+/).at(-1);
  if (!cue) return false;
  return words.some((w, i) => {
    if (w !== cue) return false;
    const [a, b] = i < at ? [i, at] : [at, i];
    return !words.slice(a, b).some((x) => CLAUSE_BREAK.test(x));
  });
}

/** True when a phrase starts within a few words after the draft's outcome word. */
function causeAfterCue(d: DraftClaim, words: readonly string[], spans: readonly [number, number][]): boolean {
  const cue = d.outcomeCue?.toLowerCase().split(/\s+/).at(-1);
  if (!cue) return false;
  return words.some((w, i) => w === cue && spans.some(([a]) => a > i && a - i <= CAUSE_REACH));
}

function decide(state: ExtractState, drafts: readonly DraftClaim[]): ReportAbout {
  const eventSentences = new Map<number, string>();
  for (const s of state.sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const m = REPORT_EVENT_NOUNS.matchAt(s.words, i);
      if (m) {
        eventSentences.set(s.index, s.words.slice(i, i + m.length).join(' '));
        break;
      }
    }
  }
  const counted = drafts.filter((d) => !d.dropped && d.outcome !== null && isCounted(d));
  const harm = counted.filter(isHarm);
  const context = counted.filter((d) => !isHarm(d));
  const harmSentences = new Set(harm.map((d) => d.mention.sentence));
  const contextSentences = new Set(context.map((d) => d.mention.sentence));
  const outcomes = [...new Set(harm.map((d) => d.outcome))].join(', ');
  const events = [...new Set(eventSentences.values())].slice(0, 5).join(', ');
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const reasons = [
    `${plural(harm.length, 'count')} of people harmed or held${outcomes ? ` (${outcomes})` : ''} in ${plural(harmSentences.size, 'sentence')}`,
    eventSentences.size
      ? `an event named in ${plural(eventSentences.size, 'sentence')} (${events})`
      : 'no event named',
  ];
  if (context.length)
    reasons.push(
      `${plural(context.length, 'count')} of people present or places in ${plural(contextSentences.size, 'sentence')}`,
    );
  const nearEvent = (d: DraftClaim) => [-1, 0, 1].some((k) => eventSentences.has(d.mention.sentence + k));
  // The report leads with the harm, names its event beside a count, or tells of it more than once; one count
  // with nothing else around it (`Niyazov died in 2006` deep in an election report) is an aside.
  const lead = harm.find((d) => d.mention.sentence < LEAD);
  // `Parents charged after boy, 6, shoots brother, 9`: the headline's verb of harm, the count told further on.
  const leadCue = lead || counted.length === 0 ? null : harmCueIn(state.sentences.slice(0, LEAD));
  const near = harm.find(nearEvent);
  // Several people counted (`the two men were arrested`) is a statement of harm on its own; one person named is not.
  const several = harm.find(
    (d) => d.mention.kind === 'number' && (d.mention.high ?? d.mention.low ?? 0) >= 2,
  );
  // People present and places (`440 passengers on board`, `attacked 44 locations`) are no harm by themselves:
  // they tell of an event when a verb of harm stands in their sentence or an event is named beside them, or when
  // they are most of what the report says (a report of one sentence). `More than 100,000 people took part in a
  // walk-in` in a report on schools, or `one of two things must take place` in an essay, tells of none.
  const witnessed = context.find(
    (d) =>
      nearEvent(d) || harmCueIn(state.sentences.slice(d.mention.sentence, d.mention.sentence + 1)) !== null,
  );
  const contextShare = contextSentences.size / Math.max(1, state.sentences.length);
  // Otherwise the share of the report that tells of the event: a short report about a shooting is mostly that;
  // a novel or a long essay with two deaths in it is not.
  const told =
    new Set([...harmSentences, ...eventSentences.keys()]).size / Math.max(1, state.sentences.length);
  const share = (x: number) => `${Math.round(x * 100)} % of its sentences`;
  // The first ground that holds is the reason given; none holding, the report tells of no harm.
  const ground = [
    lead && `leads with it: “${lead.mention.text}” ${lead.outcome} in sentence ${lead.mention.sentence + 1}`,
    leadCue && `leads with harm: “${leadCue}”`,
    near && `“${near.mention.text}” ${near.outcome} beside the event it names`,
    several && `counts several people: “${several.mention.text}” ${several.outcome}`,
    witnessed && `“${witnessed.mention.text}” ${witnessed.outcome} beside an event or a verb of harm`,
    context.length > 0 && contextShare >= CONTEXT_SHARE && `the report is its count: ${share(contextShare)}`,
    harm.length > 0 && told >= MIN_SHARE && `${share(told)} tell of harm or an event`,
  ].find((g): g is string => typeof g === 'string' && g !== '');
  reasons.push(ground ?? `${share(told)} tell of harm or an event`);
  const harmful = ground !== undefined;
  return harmful ? { harm: true, decision: 'harm', reasons } : { harm: false, decision: 'no harm', reasons };
}

/** A count the decision weighs: of people with an outcome, or of places (`attacked 44 locations`). */
function isCounted(d: DraftClaim): boolean {
  // A suicide named as a noun (`commits suicide`) says nothing of an event around it.
  if (d.mention.text.toLowerCase() === 'suicide') return false;
  return HARM.has(d.outcome ?? '') || d.outcomeCue !== null || d.outcome === 'present' || d.group === 'other';
}

/** A count of harm: a harm outcome, or a cue naming another thing done to people (`arrested`, `no one was hurt`). */
function isHarm(d: DraftClaim): boolean {
  return (
    HARM.has(d.outcome ?? '') || (d.outcomeCue !== null && d.outcome !== 'present' && d.group !== 'other')
  );
}
