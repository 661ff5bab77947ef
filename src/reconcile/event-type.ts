// The event's type in ACLED's typology and UCDP's type of violence, from the words of its passages and who fought.
// A firefight, clash or military operation between armed sides is a battle (`a 30-hour-long firefight`); blasts
// alone are remote violence (`detonating explosives on the railway tracks`); hostages taken with no fight are an
// abduction; an attack on civilians alone is violence against civilians. Rejected: a word in a blanked passage
// (another incident), `operation` without a military or rescue sense (`the railway operation`).
import type { EventActor, EventType, TextEvidence } from '../model/event.js';
import type { Passage } from './incident-passages.js';
import { reportOffset } from './blank-outside.js';

interface Cue {
  readonly pattern: RegExp;
  readonly event: string;
  readonly subEvent: string;
}

const CLASH: Cue = {
  pattern:
    /\b(?:firefight|gunfight|gun battle|clash(?:es|ed)?|exchange of fire|counter-?attack|(?:military|rescue|security|clearance) operation)\b/iu,
  event: 'Battles',
  subEvent: 'Armed clash',
};
const BLAST: Cue = {
  pattern: /\b(?:blew up|blown up|bomb(?:ing|ed|s)?|explosives?|explosions?|detonat\w+|IEDs?|blasts?)\b/u,
  event: 'Explosions/Remote violence',
  subEvent: 'Remote explosive/landmine/IED',
};
const ABDUCTION: Cue = {
  pattern: /\b(?:hostages?|hijack\w*|abduct\w*|kidnap\w*)\b/iu,
  event: 'Violence against civilians',
  subEvent: 'Abduction/forced disappearance',
};
const ATTACK: Cue = {
  pattern: /\b(?:attack\w*|ambush\w*|opened fire|shot|shooting|gunmen|stabb\w+)\b/iu,
  event: 'Violence against civilians',
  subEvent: 'Attack',
};

function firstCue(passages: readonly Passage[], cue: Cue): TextEvidence | null {
  for (const p of passages) {
    const m = cue.pattern.exec(p.text);
    if (m) {
      const start = reportOffset(p, m.index);
      return { documentId: p.id, start, end: start + m[0].length, text: m[0] };
    }
  }
  return null;
}

export function classifyEvent(passages: readonly Passage[], actors: readonly EventActor[]): EventType | null {
  const state = actors.some((a) => a.kind === 'state');
  const armedSides = actors.filter((a) => a.kind === 'state' || a.kind === 'rebel').length;
  const organised = actors.some((a) => a.role === 'perpetrator');
  // UCDP: the state on one side is state-based (1); two organised non-state sides, non-state (2); an organised
  // side against civilians alone, one-sided (3).
  const ucdp: 1 | 2 | 3 = state && organised ? 1 : armedSides >= 2 ? 2 : 3;
  const ordered = armedSides >= 2 ? [CLASH, BLAST, ATTACK, ABDUCTION] : [BLAST, ABDUCTION, ATTACK, CLASH];
  for (const cue of ordered) {
    const evidence = firstCue(passages, cue);
    if (!evidence) continue;
    // An attack on armed forces is a battle to ACLED; a clash with no second armed side is an attack.
    const battle = cue === ATTACK && armedSides >= 2;
    const loneClash = cue === CLASH && armedSides < 2;
    const chosen = battle ? CLASH : loneClash ? ATTACK : cue;
    return {
      acled: { disorder: 'Political violence', event: chosen.event, subEvent: chosen.subEvent },
      ucdp,
      inferred: false,
      evidence,
    };
  }
  return null;
}
