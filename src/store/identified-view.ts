// The reconciled view under the store's stable incident ids, with follow-ups posted from an incident's page decided
// and kept: what `refreshView` writes. `analyze` over the same reports gives the same incidents (membership) when
// no follow-up joined by its hint; their ids may differ, since the store keeps the ids it gave (docs/linking.md).
import type { Transaction } from 'kysely';
import type { DocumentExtraction } from '../model/extraction.js';
import { reconcileLinked } from '../reconcile/reconcile.js';
import type { ReconciledView } from './row-mapping.js';
import type { StoreDatabase } from './store-schema.js';
import {
  memberKey,
  newIncidents,
  planIdentities,
  resolveIncidentId,
  saveIdentities,
  storedIdentities,
  withStableIds,
  type StoredIdentities,
} from './incident-identity.js';
import { decideFollowUps, parseFollowUp, togetherPairs, type FollowUpDecision } from './follow-ups.js';

export async function identifiedView(
  trx: Transaction<StoreDatabase>,
  rows: readonly { readonly id: string; readonly follow_up: unknown }[],
  extractions: readonly DocumentExtraction[],
): Promise<ReconciledView> {
  const stored = await storedIdentities(trx);
  const follow = rows
    .filter((r) => r.follow_up !== null)
    .map((r) => ({ document: r.id, record: parseFollowUp(r.follow_up)! }));
  let together = togetherPairs(follow, extractions);
  let linked = identify(extractions, together, stored);
  const pending = follow.filter((f) => f.record.decision === undefined);
  if (pending.length > 0) {
    const hints = [];
    for (const p of pending) {
      const hinted = p.record.hint === null ? null : await resolveIncidentId(trx, p.record.hint);
      hints.push({ document: p.document, hinted });
    }
    const first = linked;
    const decisions = decideFollowUps(hints, {
      extractions,
      incidents: first.incidents,
      stableId: (p) => first.plan.ids.get(p) ?? p,
      view: new Map(first.view.incidents.map((i) => [i.id, i])),
    });
    const anchored = togetherPairs(
      [...decisions].map(([document, decision]) => ({ document, record: { hint: null, decision } })),
      extractions,
    );
    if (anchored.length > 0) {
      together = [...together, ...anchored];
      linked = identify(extractions, together, stored);
    }
    for (const p of pending) {
      const decision = settled(decisions.get(p.document)!, p.document, extractions, linked);
      await trx
        .updateTable('documents')
        .set({ follow_up: JSON.stringify({ hint: p.record.hint, decision }) })
        .where('id', '=', p.document)
        .where('superseded_by', 'is', null)
        .execute();
    }
  }
  await saveIdentities(trx, linked.plan, linked.incidents, stored);
  return withStableIds(linked.view, linked.plan.ids);
}

function identify(
  extractions: readonly DocumentExtraction[],
  together: readonly (readonly [string, string])[],
  stored: StoredIdentities,
) {
  const { view, idOf } = reconcileLinked(extractions, { together });
  const incidents = newIncidents(extractions, idOf);
  return { view, incidents, plan: planIdentities(incidents, stored) };
}

/** The decision with the incident its report is in after the final linking. */
function settled(
  decision: FollowUpDecision,
  document: string,
  extractions: readonly DocumentExtraction[],
  linked: ReturnType<typeof identify>,
): FollowUpDecision {
  const main = extractions.find((e) => e.document.id === document)?.incidents.find((l) => l.main);
  if (!main) return decision;
  const key = memberKey(document, main.key);
  const incident = linked.incidents.find((i) => i.members.includes(key));
  return incident ? { ...decision, incident: linked.plan.ids.get(incident.provisional) ?? null } : decision;
}
