// Stable claimant ids: gazetteer ids as they are, roles qualified by the document's country (`pakistan-military`),
// names slugged (`jeeyand-baloch`).
import type { Claimant } from '../model/claim.js';
import type { ClaimantKind } from '../model/vocabulary.js';

export const AUTHOR: Claimant = { id: 'author', name: 'the article', kind: 'author' };
export const UNKNOWN_SOURCE: Claimant = { id: 'unattributed', name: 'Unattributed reports', kind: 'unknown' };

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function roleClaimant(
  role: string,
  kind: ClaimantKind,
  country: string | null,
  name: string,
): Claimant {
  const qualified = (role === 'military' || role === 'government' || role === 'railways') && country;
  return { id: qualified ? `${country}-${role}` : role, name, kind };
}
