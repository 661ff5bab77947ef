// An article as stored, always as text: the chosen claim's sentence and number highlighted and scrolled into view,
// the article's other figures marked and one click away.
import type { Claim } from '../../src/model/claim.js';
import type { StoredDocument } from '../../src/store/store.js';
import { api } from './api.js';
import { h } from './dom.js';
import { textRuns, type Span } from './highlight-spans.js';
import { figureLabel } from './labels.js';
import { pagedList } from './paged-list.js';
import { claimBadges, documentHref, publishedText } from './quote-item.js';

export async function articlePage(
  root: HTMLElement,
  id: string,
  claimId: string | null,
  incidentId: string | null,
): Promise<void> {
  const stored = await api.document(id);
  const selected = stored.claims.find((c) => c.id === claimId) ?? null;
  const d = stored.document;
  const back = incidentId
    ? h('a', { attrs: { href: `#/incident/${encodeURIComponent(incidentId)}` } }, '← Back to the incident')
    : h('a', { attrs: { href: '#/' } }, '← All incidents');
  const text = articleText(stored, selected, incidentId);
  root.replaceChildren(
    h('nav', { class: 'crumbs' }, back),
    h(
      'header',
      { class: 'article-head' },
      h('h1', {}, d.title ?? d.id),
      h(
        'p',
        { class: 'muted' },
        [d.outlet, publishedText(d) ?? 'date unknown', d.source].filter(Boolean).join(' · '),
      ),
      assessmentNote(d),
    ),
    h(
      'div',
      { class: 'article-layout' },
      text,
      h(
        'aside',
        { class: 'article-claims' },
        selected ? selectedCard(selected) : null,
        h('h2', {}, `Figures in this article (${stored.claims.length})`),
        pagedList(stored.claims, (c) => claimLink(c, c.id === selected?.id, incidentId)),
      ),
    ),
  );
  const target = text.querySelector<HTMLElement>('#selected-number');
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
}

function articleText(stored: StoredDocument, selected: Claim | null, incidentId: string | null): HTMLElement {
  const spans: Span[] = stored.claims.map((c) => ({
    start: c.evidence.numberStart,
    end: c.evidence.numberEnd,
    tag: 'other',
    id: c.id,
  }));
  if (selected) {
    spans.push({
      start: selected.evidence.start,
      end: selected.evidence.end,
      tag: 'sentence',
      id: selected.id,
    });
    spans.push({
      start: selected.evidence.numberStart,
      end: selected.evidence.numberEnd,
      tag: 'number',
      id: selected.id,
    });
  }
  const text = stored.document.text;
  const article = h('article', { class: 'article-text', attrs: { 'aria-label': 'article text' } });
  for (const run of textRuns(text.length, spans)) {
    const piece = text.slice(run.start, run.end);
    const inSentence = run.covering.some((s) => s.tag === 'sentence');
    const number = run.covering.find((s) => s.tag === 'number');
    const other = run.covering.find((s) => s.tag === 'other' && s.id !== selected?.id);
    if (number) {
      article.append(
        h('mark', { class: 'hl-number', attrs: { id: 'selected-number', tabindex: -1 } }, piece),
      );
    } else if (other) {
      const href = documentHref(stored.document.id, other.id, incidentId);
      article.append(
        h(
          'a',
          {
            class: `other-claim${inSentence ? ' in-sentence' : ''}`,
            attrs: { href, title: 'another figure in this article' },
          },
          piece,
        ),
      );
    } else if (inSentence) {
      article.append(h('span', { class: 'hl-sentence' }, piece));
    } else {
      article.append(piece);
    }
  }
  return article;
}

function selectedCard(c: Claim): HTMLElement {
  return h(
    'div',
    { class: 'selected-claim panel' },
    h('h2', {}, `${c.value.text} — ${figureLabel(c.outcome, c.group)}`),
    h('p', {}, h('strong', {}, c.claimant.name), ' ', ...claimBadges(c)),
    c.provenance.claimantText
      ? h('p', { class: 'muted small' }, `named in the text as “${c.provenance.claimantText}”`)
      : null,
    h(
      'details',
      {},
      h('summary', {}, 'Why this reading?'),
      h(
        'p',
        { class: 'muted small' },
        `claimant ${c.provenance.claimant}, outcome ${c.provenance.outcome}, group ${c.provenance.group}`,
      ),
      h(
        'ol',
        { class: 'trace small' },
        c.provenance.trace.map((t) => h('li', {}, t)),
      ),
    ),
  );
}

function claimLink(c: Claim, current: boolean, incidentId: string | null): HTMLElement {
  return h(
    'li',
    { class: current ? 'current' : '' },
    h(
      'a',
      {
        attrs: { href: documentHref(c.document, c.id, incidentId), 'aria-current': current ? 'true' : null },
      },
      c.value.text,
    ),
    ` ${figureLabel(c.outcome, c.group)} — ${c.claimant.name}`,
    c.hedged ? h('span', { class: 'flag hedged' }, 'hedged') : null,
  );
}

/** Says when no figures could come from this report: a language we do not read, or no one harmed in it. */
function assessmentNote(d: StoredDocument['document']): HTMLElement | null {
  if (d.language && !d.language.read)
    return h(
      'p',
      { class: 'notice', attrs: { role: 'status' } },
      `Written in ${d.language.name} (${d.language.code}), a language Triangulate does not read: no figures were extracted.`,
    );
  if (d.about && !d.about.harm)
    return h(
      'p',
      { class: 'notice', attrs: { role: 'status' } },
      `No figures: this report tells of no one harmed in an event (${d.about.reasons.join('; ')}).`,
    );
  return null;
}
