// One quote behind a figure: who said it, how sure the text is, and the sentence with the number marked.
import type { Claim } from '../../src/model/claim.js';
import type { DocumentRecord } from '../../src/model/document.js';
import { h } from './dom.js';
import { kindWord, valueRange } from './labels.js';

export function documentHref(documentId: string, claimId: string | null, incidentId: string | null): string {
  const params = new URLSearchParams();
  if (claimId) params.set('claim', claimId);
  if (incidentId) params.set('incident', incidentId);
  const query = params.toString();
  return `#/document/${encodeURIComponent(documentId)}${query ? `?${query}` : ''}`;
}

export function claimBadges(c: Claim): HTMLElement[] {
  const out = [h('span', { class: `kind-badge kind-${c.claimant.kind}` }, kindWord(c.claimant.kind))];
  if (c.hedged)
    out.push(h('span', { class: 'flag hedged', attrs: { title: 'the text hedges this figure' } }, 'hedged'));
  if (c.provenance.claimant === 'inferred') {
    out.push(
      h(
        'span',
        { class: 'flag inferred', attrs: { title: 'the source is inferred, not named in this sentence' } },
        'attribution inferred',
      ),
    );
  }
  if (c.value.qualifier === 'vague') out.push(h('span', { class: 'flag vague' }, 'vague'));
  return out;
}

/** The sentence with the number expression wrapped in <mark>; offsets are relative to the sentence start. */
export function quotedSentence(c: Claim): HTMLElement {
  const { text, start, numberStart, numberEnd } = c.evidence;
  const a = Math.max(0, Math.min(text.length, numberStart - start));
  const b = Math.max(a, Math.min(text.length, numberEnd - start));
  return h(
    'q',
    { class: 'sentence' },
    text.slice(0, a).trimStart(),
    h('mark', {}, text.slice(a, b)),
    text.slice(b).trimEnd(),
  );
}

/** A date the store inferred (from the text or a reference date) says so. */
export function publishedText(doc: DocumentRecord | undefined): string | null {
  if (!doc?.published) return null;
  return doc.publishedInferred ? `${doc.published} (inferred)` : doc.published;
}

export function quoteItem(
  c: Claim,
  doc: (DocumentRecord & { readonly headline?: string }) | undefined,
  incidentId: string | null,
): HTMLElement {
  const where = [doc?.outlet, doc?.headline || doc?.title || doc?.id || c.document, publishedText(doc)]
    .filter(Boolean)
    .join(' · ');
  return h(
    'li',
    { class: 'quote', attrs: { 'data-claim': c.id } },
    h(
      'div',
      { class: 'quote-head' },
      h('strong', { class: 'figure-value' }, c.value.text),
      h('span', { class: 'muted' }, ` (${valueRange(c.value)}) `),
      h('span', { class: 'claimant' }, c.claimant.name),
      ...claimBadges(c),
      c.stated ? h('span', { class: 'muted' }, ` said ${c.stated}`) : null,
    ),
    h(
      'a',
      {
        class: 'quote-link',
        attrs: {
          href: documentHref(c.document, c.id, incidentId),
          title: 'open the article at this sentence',
        },
      },
      quotedSentence(c),
    ),
    h('div', { class: 'quote-source muted' }, where),
  );
}
