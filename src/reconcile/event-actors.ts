// Who attacked whom, from the incident's passages. Perpetrator: a named armed group (or state force) that the
// text makes the subject of an attack verb, or that claimed the attack: `BLA fighters derailed the Jaffar Express`,
// `the Baloch Liberation Army (BLA) has claimed responsibility for`, `the attack was carried out by the TTP`.
// Rejected: a group only quoted (`the BLA said six soldiers died`) or only named (`groups like the BLA`).
// Target: the state when its forces were attacked or lost people (`soldiers were killed`), civilians when they
// were: stated when a passage names them after the attack verb, inferred from the claims' groups otherwise.
import type { Claim } from '../model/claim.js';
import type { ClaimantMention, DocumentExtraction } from '../model/extraction.js';
import type { EventActor, TextEvidence } from '../model/event.js';
import type { Passage } from './incident-passages.js';
import { inWindows } from './blank-outside.js';

const FORCE_WORDS = String.raw`(?:'s|’s)?(?: \([A-Z]{2,8}\))?(?: (?:fighters|militants|insurgents|gunmen|members|rebels|attackers|cadres|commandos))?`;
const ATTACK_VERBS = String.raw`(?:derailed|attacked|hijacked|seized|stormed|launched|carried out|claimed(?: the)? responsibility|targeted|ambushed|opened fire|blew up|detonated|abducted|kidnapped|raided)`;
const subjectOf = new RegExp(
  String.raw`^${FORCE_WORDS}(?: (?:has|have|had|then|first|later|also|reportedly|allegedly))* ${ATTACK_VERBS}\b`,
  'u',
);
const agentOf =
  /(?:attack|assault|hijacking|ambush|bombing|raid)\s+(?:was\s+|were\s+)?(?:carried out\s+|claimed\s+|launched\s+)?by\s+$/u;
const STATE_TARGET =
  /\b(?:soldiers|troops|security (?:forces|personnel)|military(?: personnel)?|army|police(?:men)?|officers|paramilitary|frontier corps|checkpost|check post)\b/iu;
const CIVILIAN_TARGET =
  /\b(?:passengers|civilians|villagers|worshippers|students|pilgrims|residents|shoppers)\b/iu;

const STATE_GROUPS = new Set(['security_forces']);
const CIVILIAN_GROUPS = new Set(['civilians', 'passengers', 'railway_staff', 'foreign_nationals']);

/** Whether offset `r` of the report is in the passage: inside its sentences and not a blank (or a line break). */
function inPassage(passage: Passage, report: string, r: number): boolean {
  const c = report[r];
  return c !== undefined && (inWindows(passage.reportWindows, r) ? c !== ' ' : c === '\n');
}

// The mentions of each report that act (subject of an attack verb, or its agent), found once per report: a long
// report in hundreds of incidents would otherwise read every mention's surroundings once per incident.
const acting = new WeakMap<DocumentExtraction, readonly { mention: ClaimantMention; end: number }[]>();

function actingMentions(e: DocumentExtraction): readonly { mention: ClaimantMention; end: number }[] {
  let found = acting.get(e);
  if (found) return found;
  found = e.claimants.flatMap((mention) => {
    if (mention.kind !== 'insurgent' && mention.kind !== 'official') return [];
    const end = mention.start + mention.text.length;
    const after = e.document.text.slice(end, end + 120);
    const before = e.document.text
      .slice(Math.max(0, mention.start - 60), mention.start)
      .replace(/(?:the\s+)?$/iu, '');
    return subjectOf.test(after) || agentOf.test(before) ? [{ mention, end }] : [];
  });
  acting.set(e, found);
  return found;
}

function perpetratorOf(
  e: DocumentExtraction,
  passage: Passage,
): { mention: ClaimantMention; end: number } | null {
  return actingMentions(e).find((a) => inPassage(passage, e.document.text, a.mention.start)) ?? null;
}

function evidence(documentId: string, text: string, start: number, end: number): TextEvidence {
  return { documentId, start, end, text: text.slice(start, end) };
}

/** The first target word in the sentence after the perpetrator's verb. */
function statedTarget(text: string, from: number, pattern: RegExp): [number, number] | null {
  const rest = text.slice(from, from + 300);
  const sentence = rest.slice(0, (rest.search(/[.!?](?:\s|$)/u) + 1 || rest.length) as number);
  const m = pattern.exec(sentence);
  return m ? [from + m.index, from + m.index + m[0].length] : null;
}

export interface ActorContext {
  readonly countryName: string | null;
  readonly countryCode: string | null;
}

export function findActors(
  passages: readonly Passage[],
  extractions: readonly DocumentExtraction[],
  claims: readonly Claim[],
  context: ActorContext,
): EventActor[] {
  const actors: EventActor[] = [];
  let perpetratorEnd: { id: string; at: number } | null = null;
  for (const passage of passages) {
    const e = extractions.find((x) => x.document.id === passage.id);
    const found = e ? perpetratorOf(e, passage) : null;
    if (!e || !found) continue;
    const { mention } = found;
    actors.push({
      role: 'perpetrator',
      name: mention.name,
      id: mention.id,
      kind: mention.kind === 'official' ? 'state' : 'rebel',
      inferred: false,
      evidence: evidence(passage.id, e.document.text, mention.start, found.end),
    });
    perpetratorEnd = { id: passage.id, at: found.end };
    break;
  }
  const perpetratorIsState = actors[0]?.kind === 'state';
  const targetText = (pattern: RegExp) => {
    if (!perpetratorEnd) return null;
    const text = extractions.find((x) => x.document.id === perpetratorEnd?.id)?.document.text ?? '';
    const span = statedTarget(text, perpetratorEnd.at, pattern);
    return span ? evidence(perpetratorEnd.id, text, span[0], span[1]) : null;
  };
  const dead = claims.filter((c) => ['killed', 'executed', 'held', 'wounded'].includes(c.outcome));
  const claimEvidence = (c: Claim | undefined): TextEvidence | null =>
    c
      ? {
          documentId: c.document,
          start: c.evidence.numberStart,
          end: c.evidence.numberEnd,
          text: c.value.text,
        }
      : null;
  if (!perpetratorIsState) {
    const said = targetText(STATE_TARGET);
    const hit = dead.find((c) => STATE_GROUPS.has(c.group));
    if (said || hit) {
      actors.push({
        role: 'target',
        name: context.countryName ? `Government of ${context.countryName}` : 'Government',
        id: `government-${(context.countryCode ?? 'xx').toLowerCase()}`,
        kind: 'state',
        inferred: !said,
        evidence: said ?? claimEvidence(hit),
      });
    }
  }
  const saidCivilians = targetText(CIVILIAN_TARGET);
  const civilianHit = dead.find((c) => CIVILIAN_GROUPS.has(c.group));
  if (saidCivilians || civilianHit)
    actors.push({
      role: 'target',
      name: `Civilians${context.countryName ? ` (${context.countryName})` : ''}`,
      id: 'civilians',
      kind: 'civilians',
      inferred: !saidCivilians,
      evidence: saidCivilians ?? claimEvidence(civilianHit),
    });
  return actors;
}
