// Which incident each sentence is about. The main incident is the event the document names most (`Jaffar Express
// hijacking`); a sentence that names another event (`Operation Herof`, `the 2019 assault on Gwadar’s Pearl
// Continental Hotel`) or anchors itself in the past (`In July 2022`, `By 2022`) starts a recalled incident that
// runs to the end of its paragraph. A new paragraph returns to the main incident, unless its subject is the event just
// told (`It killed 612 people`). A sentence that turns to another
// story (`In a separate shooting`) starts one too; a sentence that tallies several events (`in shootings across
// Chicago`, `in two separate shootings`) or sets the story against an earlier one (`The shooting came a week after a
// fatal shooting …`) is an incident of its own, for that sentence only. A report of what came after (the arrest,
// the trial) whose own event tells no toll takes the earlier shooting it recalls as its main incident.
// Rejects: treating the main incident's own dates (`On March 11`) or sources (`the BLA attack`) as another event.
import { unnamedLabel, type LocalIncident } from '../../model/extraction.js';
import type { ExtractState, Sentence } from '../draft.js';
import { findDates, type FoundDate } from '../dates.js';
import { slug } from '../claimant-ids.js';
import { startsUpper } from '../tokenize.js';
import { GATHERING_SCENE, mournedAt } from './drop-uncounted.js';
import {
  EVENT_NOUNS,
  EVENT_MODIFIERS,
  FACILITIES,
  MONTHS,
  NOT_EVENT_NAMES,
  SOURCES,
  WEEKDAYS,
  HOLIDAYS,
} from '../lexicon.js';

interface Named {
  readonly key: string;
  readonly name: string;
  readonly event: string | null;
}

const RECENT_DAYS = 45;
/**
 * Sentences that turn to other events without a date: `at least two other shootings in recent years`, `almost two
 * years after Bam was destroyed in a quake that killed …`.
 */
const RECALL =
  /\b(?:other|previous|prior|earlier|separate|unrelated|similar) (?:shootings?|attacks?|incidents?|killings?|bombings?|hijackings?)\b(?! (?:victims?|suspects?|survivors?)\b)|\bin recent (?:years|months)\b|\b(?:years|months) ago\b|\blast year\b|\bthis year\b|\b(?:years?|decades?) (?:after|before)\b|\bin (?:early |late |mid-)?(?:january|february|march|april|june|july|august|september|october|november|december)\b(?![\s,]*\d)/i;

/**
 * A sentence whose counts gather several events (`in shootings across Chicago`, `in two separate shootings`,
 * `in citywide shootings`, `a seven-hour spate of crime`, `since January`) or a span of time (`over the years`,
 * `in the past decade`, `since 2010`, `every year`, `have been shot this year`, `thousands … have been
 * abducted`, `the thousands of disappeared`, `the number of people killed in the province this year`): a round-up or
 * a statistic, never one incident's toll, whatever day it names. It stays as context (`background`) and never votes.
 */
/**
 * Every branch of TALLY holds one of these letters in a row; a sentence with none (most sentences) is no tally,
 * found without running TALLY's branches and look-behinds over it.
 */
const TALLY_GATE =
  /shootings|homicides|killings|violence|gunfire|attacks|incidents|deaths|stretch|span|period|since|week|month|year|decade|citywide|across|spate|annually|thousands|millions/i;

function isTally(text: string): boolean {
  return TALLY_GATE.test(text) && TALLY.test(text);
}

const TALLY =
  /\b(?:shootings|homicides|killings|violence|gunfire|attacks) (?:across|around|throughout)\b|\b(?:separate|several|multiple|unrelated|different|other) (?:[\w-]+ )?(?:shootings|incidents|attacks)\b|\bin (?!the\b|these\b|those\b|both\b|their\b)(?:[\w'’-]+ ){0,2}?(?:shootings|attacks|homicides)\b(?! at\b)|(?<!\b(?:the|these|those|both|all|its|his|her|their) )\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?(?:shootings|attacks|incidents)\b|\b(?:over|in|during|within) (?:a|an|the) [\w-]+(?:hour|day) (?:stretch|span|period)\b|\b(?:of|among) (?:those|these) (?:[\w-]+ )?(?:homicides|deaths|killings|shootings)\b|\bha(?:ve|s) (?:been (?:[\w-]+ )?(?:killed|shot|slain|wounded|injured|murdered)|died)\b[^.;]*?\bsince\b|\b(?:weekend|holiday|labor day|memorial day|independence day|fourth of july|july 4(?:th)?|christmas|thanksgiving|easter|new year['’]?s?)(?: weekend)? (?:shootings|violence|homicides|killings)\b|\bthe (?:first|second|third|fourth|fifth|latest|last) of (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?(?:killed|shot|slain|homicides|shootings|deaths)\b[^.;]*?\b(?:weekend|week|month|year)\b|\bcitywide\b|\bacross the (?:city|state|county|region|country)\b|\bspate of (?:[\w-]+ )?(?:shootings|violence|homicides|killings|gunfire|attacks)\b|\bso far this year\b|\b(?:since|in) (?:the (?:start|beginning) of )?(?:this|the) year\b|\bsince (?:jan(?:uary)?\.?|feb(?:ruary)?\.?|march|april|may|june|july|aug(?:ust)?\.?|sept?(?:ember)?\.?|oct(?:ober)?\.?|nov(?:ember)?\.?|dec(?:ember)?\.?|easter|christmas|memorial day|labor day|last (?:week|weekend|month|year))\b|\b(?:over|in|during|for|within) (?:the )?(?:past|last|recent) (?:(?:few|two|three|four|five|six|seven|eight|nine|ten|\d+) )?(?:years?|decades?)\b|\bover (?:the )?(?:years|decades)\b|\bfor (?:years|decades)\b|\b(?:each|every|per) year\b|\bannually\b|\bsince (?:19|20)\d\d\b|\bha(?:ve|s) been (?:[\w-]+ )?(?:killed|shot|slain|wounded|injured|murdered|abducted|kidnapped|arrested|detained|disappeared)\b[^.;]*?\bthis year\b|\b(?:thousands|tens of thousands|hundreds of thousands|millions)\b[^.;]*?\bha(?:ve|s) (?:been|died|fled|disappeared)\b|\bthe (?:thousands|tens of thousands|hundreds of thousands|millions) of\b|\b(?:death toll|(?:number|count|tally|total) of (?:the )?(?:[\w-]+ ){0,2}?(?:killed|dead|deaths|injured|wounded|shot|victims|homicides))\b[^.;,]*?\bthis year\b/i;
/**
 * A sentence whose subject is the event just told, by a pronoun (`It killed 612 people`, `That attack left 30
 * dead`): it goes on with the incident of the sentence before it, even across a paragraph break.
 */
const CONTINUES =
  /^\W*(?:it|that (?:[\w-]+ )?(?:quake|earthquake|tremor|temblor|attack|bombing|blast|explosion|shooting|massacre|fire|raid|ambush|storm|flood|crash))(?: also)? (?:killed|left|injured|wounded|claimed|destroyed|levell?ed|flattened|devastated|displaced|took)\b/i;
/** The story's own event tied to another (`the shooting is connected to a previous incident`): still the story's. */
const LINKED =
  /\b(?:connected|linked|related|tied|connection|retaliation|revenge|response) (?:to|with|for) (?:a|an|the|another) (?:previous|prior|earlier|other|separate|similar)\b/i;
const BLOCK = /^\s+block\b/i;
/** A sentence that turns to another story: `In a separate shooting`, `Separately,`, `Elsewhere,`. */
const ASIDE =
  /^(?:\W*)(?:in (?:a|an|another) (?:separate|unrelated|different|second|other) (?:shooting|incident|attack|case|killing|homicide|stabbing)|in (?:an)?other (?:shootings?|incidents?|attacks?|cases?|killings?|homicides?)\b|separately\b|elsewhere\b|in an unrelated\b)/i;
/**
 * The story's event set against an earlier one (`The shooting came a week after a fatal shooting at a party …`,
 * `The incident follows a shooting last week that left …`): the counts are the earlier event's.
 */
const PRIOR =
  /\b(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s| night['’]s| morning['’]s)|today['’]s|tonight['’]s|latest) (?:\w+ )?(?:shooting|incident|attack|killing|homicide|slaying|stabbing|violence|bloodshed) (?:(?:comes?|came|follows?|followed|occurred|happened|was)\b(?:\s+[\w-]+){0,4}?\s+(?:(?:days?|weeks?|months?|years?) (?:after|since)|(?:after|since) (?:a|an|another)\b)|(?:follows?|followed|comes? on the heels of|came on the heels of) (?:a|an|another|last|recent|the (?:\w+ )?(?:earlier|previous|recent))\b)/i;

export function findIncidents(state: ExtractState): ExtractState {
  const names = state.sentences.map(namesIn);
  const main = mainName(names);
  const mainKey = main?.key ?? 'main';
  const ref = state.document.published;
  const perSentence: (string | null)[] = [];
  const seen = new Map<string, { named: Named | null; dates: FoundDate[]; sentences: Sentence[] }>();
  // Appended in place: copying the lists on every sentence made long documents quadratic.
  const note = (key: string, s: Sentence, named: Named | null, dates: FoundDate[]) => {
    const entry = seen.get(key) ?? { named, dates: [], sentences: [] };
    entry.named ??= named;
    for (const d of dates) entry.dates.push(d);
    entry.sentences.push(s);
    seen.set(key, entry);
  };
  // One reference day for every sentence (chrono copies it; attach-stated-date shares one the same way).
  const instant = ref ? new Date(`${ref}T12:00:00Z`) : null;
  let current = mainKey;
  let paragraph = -1;
  for (const s of state.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      // Wire copy gives each sentence its own paragraph: `It killed 612 people` after a paragraph that recalled
      // the February quake is still that quake's.
      if (!(CONTINUES.test(s.text) && current !== mainKey && !isTallyKey(current))) current = mainKey;
    }
    let dates = findDates(s.text, instant).filter(
      // `in the 1900 block of Imperial Drive` is an address, not a year.
      (d) => !BLOCK.test(s.text.slice(d.index + d.text.length)),
    );
    // `opened fire on a vigil for a man slain in 2014`: the date of the one mourned is not the story's.
    const mourned = GATHERING_SCENE.test(s.text) ? mournedAt(s.text) : -1;
    if (mourned >= 0) dates = dates.filter((d) => d.index < mourned);
    const own = names[s.index] ?? [];
    const other = own.find((n) => n.key !== mainKey);
    const past = dates.find((d) => isPast(d, ref));
    if (isTally(s.text) || PRIOR.test(s.text)) {
      // Only this sentence: the story goes on after it.
      const key = `t${s.index}`;
      perSentence.push(key);
      note(key, s, null, dates);
      continue;
    }
    if (ASIDE.test(s.text)) current = `s${s.index}`;
    else if (own.some((n) => n.key === mainKey)) current = mainKey;
    else if (other) current = other.key;
    else if (past && (current === mainKey || !isYearKey(current)))
      current =
        seen.has(current) && current !== mainKey && sameYear(current, past) ? current : `y${past.iso}`;
    else if (dates.some((d) => !isPast(d, ref)) && s.quoteOpenedIn === null) current = mainKey;
    else if (current === mainKey && RECALL.test(s.text) && !LINKED.test(s.text)) current = `r${s.index}`;
    perSentence.push(current);
    note(current, s, own.find((n) => n.key === current) ?? null, dates);
  }
  const story = followedUp(state, perSentence, mainKey) ?? (seen.has(mainKey) ? mainKey : toldMost(seen));
  const incidents: LocalIncident[] = [...seen].map(([key, v]) =>
    describe(
      key,
      key === story,
      v.named ?? (key === mainKey ? main : null),
      v.dates,
      v.sentences,
      ref,
      names,
      state.document.title,
    ),
  );
  return { ...state, incidents, sentenceIncidents: perSentence };
}

/**
 * A report of what came after (the arrest, the trial, the vigil) tells no toll of its own: when the event it
 * names most has no count of dead or wounded and one dated earlier event it recalls does, that earlier event
 * is the story (the one it tells most of, the first on ties).
 */
function followedUp(
  state: ExtractState,
  perSentence: readonly (string | null)[],
  mainKey: string,
): string | null {
  const harm = new Map<string, number>();
  for (const d of state.drafts) {
    if (d.dropped || (d.outcome !== 'killed' && d.outcome !== 'wounded') || d.mention.kind === 'zero')
      continue;
    const key = perSentence[d.mention.sentence];
    if (key) harm.set(key, (harm.get(key) ?? 0) + 1);
  }
  if ((harm.get(mainKey) ?? 0) > 0) return null;
  let best: string | null = null;
  for (const [key, n] of harm) if (isYearKey(key) && (best === null || n > harm.get(best)!)) best = key;
  return best;
}

/**
 * A report every sentence of which tells a dated past event (an arrest 41 years on, told as "the 1967 killings")
 * still has a story: the event it tells in most sentences (the first on ties), never a round-up.
 */
function toldMost(seen: ReadonlyMap<string, { readonly sentences: readonly Sentence[] }>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [key, v] of seen)
    if (!isTallyKey(key) && v.sentences.length > most) [best, most] = [key, v.sentences.length];
  return best;
}

/** Keys of incidents recalled by their date (`y2022-07`), not event names that happen to start with a y. */
/** A round-up or statistic told in one sentence (`t12`): background, never continued. */
function isTallyKey(key: string): boolean {
  return /^t\d+$/.test(key);
}

function isYearKey(key: string): boolean {
  return /^y\d{4}/.test(key);
}

function isPast(d: FoundDate, ref: string | null): boolean {
  if (!ref) return d.yearStated && !d.dayStated;
  const days =
    (Date.parse(ref.slice(0, 10)) -
      Date.parse(d.iso.length === 4 ? `${d.iso}-12-31` : d.iso.length === 7 ? `${d.iso}-28` : d.iso)) /
    86_400_000;
  return days > RECENT_DAYS;
}

function sameYear(key: string, d: FoundDate): boolean {
  return key.slice(1, 5) === d.iso.slice(0, 4);
}

function mainName(names: readonly (readonly Named[])[]): Named | null {
  const counts = new Map<string, { n: number; named: Named; first: number }>();
  names.forEach((list, i) => {
    for (const named of list) {
      const c = counts.get(named.key);
      counts.set(named.key, {
        n: (c?.n ?? 0) + 1,
        named: c?.named.event ? c.named : named,
        first: c?.first ?? i,
      });
    }
  });
  let best: { n: number; named: Named; first: number } | null = null;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.named ?? null;
}

/** Event names in a sentence: `Operation Herof`, `Jaffar Express hijacking`, `assault on … Pearl Continental Hotel`. */
export function namesIn(s: Sentence): Named[] {
  const t = s.tokens;
  const out: Named[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t[i]?.lower ?? '';
    if (w === 'operation' && isCap(t[i]?.text) && isCap(t[i + 1]?.text)) {
      const end = capEnd(s, i + 1);
      out.push(named(s, i, end, 'operation'));
      i = end - 1;
      continue;
    }
    if (!isCap(t[i]?.text) || (i === 0 && !isCap(t[1]?.text) && !FACILITIES.has(t[1]?.lower ?? ''))) continue;
    const end = capEnd(s, i);
    const last = t[end - 1]?.lower ?? '';
    let j = end;
    while (EVENT_MODIFIERS.has(t[j]?.lower ?? '')) j++;
    const ev = EVENT_NOUNS.matchAt(s.words, j);
    // A facility names an event only where the sentence tells of one (`the assault on the Pearl Continental Hotel`).
    const facility = FACILITIES.has(last) && end - i >= 2 && hasEventNoun(s);
    if (s.words.slice(i, end).some((w) => NOT_EVENT_NAMES.has(w))) {
      i = end - 1;
      continue;
    }
    const source = SOURCES.matchAt(s.words, i);
    if ((ev || facility) && !(source && source.length === end - i) && !isDateWord(t[i]?.lower)) {
      out.push(
        named(
          s,
          i,
          end,
          ev
            ? t
                .slice(j, j + ev.length)
                .map((x) => x.lower)
                .join(' ')
            : null,
        ),
      );
    }
    i = end - 1;
  }
  return out;
}

function hasEventNoun(s: Sentence): boolean {
  return s.words.some((_, j) => EVENT_NOUNS.matchAt(s.words, j) !== null);
}

function named(s: Sentence, from: number, to: number, event: string | null): Named {
  const first = s.tokens[from];
  const last = s.tokens[to - 1];
  const name = first && last ? s.text.slice(first.start - s.start, last.end - s.start) : '';
  return { key: nameKey(name), name, event };
}

/** Transliterations collapse: Jaffar / Jaffer / Jafar Express → one key. */
export function nameKey(name: string): string {
  return slug(name)
    .replace(/(?:^|-)the-/g, '-')
    .replace(/^-/, '')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[aeiou]+/g, 'a');
}

/** Small words inside a capitalized name (`Sheikh al Zayed`, `Bank of America`). */
const NAME_JOINERS = new Set(['of', 'e', 'al', 'el', 'de', '-', 'and']);

function capEnd(s: Sentence, from: number): number {
  let j = from;
  while (
    j < s.tokens.length &&
    (isCap(s.tokens[j]?.text) || (NAME_JOINERS.has(s.tokens[j]?.lower ?? '') && isCap(s.tokens[j + 1]?.text)))
  )
    j++;
  return j;
}

function isCap(text: string | undefined): boolean {
  return text !== undefined && startsUpper(text);
}

function isDateWord(w: string | undefined): boolean {
  return w !== undefined && (MONTHS.has(w) || WEEKDAYS.has(w));
}

const PLACE =
  /\b(?:in|near|at|outside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+)(?:\s+(?:region|district|area|city|town|province|valley)\s+of)?(?:(?:,\s*|\s+)\p{Lu}[\p{L}’'-]+)*)/gu;
/** Where the victims were taken or the suspect is held, not where it happened. */
const NOT_SCENE =
  /\b(?:hospital|medical|clinic|jail|prison|detention|court|courthouse|office|department|headquarters|precinct|morgue|room|centre|center|facility)\b/i;

/**
 * The place its sentences name most (`in Mashkaf`), first on ties; hospitals, jails and courts are not scenes, and
 * neither is the event's own name told as the event (`killed in the Jaffar Express train hijacking`).
 */
function mainPlace(texts: readonly string[], eventNames: readonly string[] = []): string | null {
  const names = new Set(eventNames.map((n) => n.toLowerCase()));
  const counts = new Map<string, { place: string; n: number; first: number }>();
  let order = 0;
  for (const text of texts) {
    for (const m of text.matchAll(PLACE)) {
      const words = (m[1] ?? '').split(/\s+/);
      // Trailing day words belong to the date, not the place: `in Perris Saturday`.
      while (words.length > 0 && isDateWord(words[words.length - 1]?.toLowerCase())) words.pop();
      const place = words.join(' ').replace(/,$/, '');
      const first = words[0]?.toLowerCase();
      if (!place || isDateWord(first) || HOLIDAYS.has(first ?? '') || NOT_SCENE.test(place)) continue;
      const k = place.toLowerCase();
      // `in the Jaffar Express (train hijacking)`: the event's name with an article is the event, not a place;
      // `in Englewood` stays a place even when the event is named after it.
      if (names.has(k) && /^\S+\s+the\s/i.test(m[0])) continue;
      const c = counts.get(k);
      counts.set(k, { place: c?.place ?? place, n: (c?.n ?? 0) + 1, first: c?.first ?? order++ });
    }
  }
  let best: { place: string; n: number; first: number } | null = null;
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best?.place ?? null;
}

/** Most longer words after the first capitalized: `Five Shot At Billiards Bar In Pine Hill`. */
function isTitleCase(title: string): boolean {
  const words = title
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{L}{4,}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.7;
}

function describe(
  key: string,
  main: boolean,
  named: Named | null,
  dates: FoundDate[],
  sentences: Sentence[],
  ref: string | null,
  names: readonly (readonly Named[])[],
  title: string | null,
): LocalIncident {
  const date = main
    ? (dates
        .filter((d) => d.dayStated && (!ref || d.iso <= ref))
        .sort((a, b) => a.iso.localeCompare(b.iso))[0]?.iso ?? (isYearKey(key) ? key.slice(1) : null))
    : isYearKey(key)
      ? key.slice(1)
      : (dates.find((d) => d.yearStated)?.iso ?? null);
  // A headline names the town (`Five shot at Southern Pines bar`) when the story names the bar; a headline
  // in title case cannot tell a place from the words around it.
  const aliases = [
    ...new Set(
      sentences.flatMap((s) => (names[s.index] ?? []).filter((n) => n.key === key).map((n) => n.name)),
    ),
  ];
  const eventNames = named ? [named.name, ...aliases] : aliases;
  const fromTitle = main && title !== null && !isTitleCase(title) ? mainPlace([title], eventNames) : null;
  const place =
    fromTitle ??
    mainPlace(
      sentences.map((s) => s.text),
      eventNames,
    );
  const label = isTallyKey(key)
    ? `Round-up or statistic${place ? ` in ${place}` : ''}`
    : named
      ? named.event && !named.name.toLowerCase().startsWith('operation')
        ? `${named.name} ${named.event}`
        : named.name
      : unnamedLabel(main, date, place);
  return {
    key,
    label,
    date,
    place,
    aliases,
    main,
    spans: mergedSpans(sentences),
    ...(isTallyKey(key) ? { background: true, backgroundWhy: backgroundWhy(sentences) } : {}),
  };
}

/** The words that made a sentence a round-up or a statistic: the first TALLY or PRIOR match. */
function backgroundWhy(sentences: readonly Sentence[]): string {
  for (const s of sentences) {
    const m = TALLY.exec(s.text) ?? PRIOR.exec(s.text);
    if (m) return m[0];
  }
  return 'gathers several events';
}

/** Sentence ranges, adjacent ones joined: `[[0, 412], [530, 611]]`. */
function mergedSpans(sentences: readonly Sentence[]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of [...sentences].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last[1] + 2) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}
