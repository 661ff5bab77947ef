// Being carried to a place of care is being wounded: `four people were taken to area hospitals`, `was taken to
// St. Vincent's Medical Center`, `was flown to a local hospital`, `were taken by ambulance to Ben Taub Hospital`,
// `was airlifted to University of Louisville Hospital`.
// Rejects: custody (`taken into custody`, `taken to jail`), a place that is no place of care (`taken to a warehouse
// near the hospital`: the head comes before the preposition), and a trip told by other means than a word of carrying
// (`flew to Chicago`).

/** Verbs of carrying someone somewhere; `taken` alone is custody, so every one needs a place of care after it. */
const CARRIED = /^(?:taken|flown|airlifted|driven|brought|rushed|transported|carried)$/;
/** `by ambulance`, `by medical helicopter`: the means, between the verb and `to`. */
const MEANS = /^(?:ambulance|helicopter|medical|air|private|vehicle|car|paramedics|medics|medevac|police)$/;
/** A place of care `to` leads to: `hospital(s)`, a medical, trauma or health centre, a clinic, an infirmary. */
const CARE_PLACE = /^(?:hospitals?|clinics?|infirmary)$/;
const CARE_CENTRE = /^(?:medical|trauma|health|burn|burns)$/;
/** Words that end the place's head before a place of care is reached (`a warehouse near the hospital`). */
const PLACE_ENDS =
  /^[,;:]$|^(?:and|or|for|after|where|but|near|in|at|by|with|on|from|outside|behind|beside|across|into)$/;

/** Whether a cue's words tell of being carried to care (`rushed to Jackson Memorial Hospital`): the dead were too. */
export function carriedToCare(cue: string): boolean {
  const words = cue.split(' ');
  return takenForCare(words, 0) === words.length;
}

/** The phrase's length in words when `words[i]` starts one (`taken … to … hospital`), else 0. */
export function takenForCare(words: readonly string[], i: number): number {
  if (!CARRIED.test(words[i] ?? '')) return 0;
  let to = i + 1;
  if (words[to] === 'by') {
    to++;
    while (to < i + 5 && MEANS.test(words[to] ?? '')) to++;
    if (to === i + 2) return 0;
  }
  if (words[to] !== 'to') return 0;
  for (let k = to + 1; k < Math.min(words.length, to + 7); k++) {
    const w = words[k] ?? '';
    if (CARE_PLACE.test(w) || (/^cent(?:er|re)s?$/.test(w) && CARE_CENTRE.test(words[k - 1] ?? '')))
      return k - i + 1;
    // A full stop inside a sentence is an abbreviation's (`St. Vincent's`); `of` sits inside a name (`University
    // of Louisville Hospital`).
    if (PLACE_ENDS.test(w)) return 0;
  }
  return 0;
}
