// The reconciled view under the store's stable incident ids, with follow-ups posted from an incident's page decided
// and kept: what `refreshView` writes. `analyze` over the same reports gives the same incidents (membership) when
// no follow-up joined by its hint; their ids may differ, since the store keeps the ids it gave (docs/linking.md).
import type { Transaction } from 'kysely';
import type { DocumentExtraction } from '../model/extraction.js';
import { reconcileLinked, type ReconcileOptions, type ViewOrder } from '../reconcile/reconcile.js';
import type { LinkGraph } from '../reconcile/link-incidents.js';
import type { ClaimantResolver } from '../reconcile/unify-claimants.js';
import type { ReconciledView, RowOrder } from './row-mapping.js';
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
import { decideFollowUps, followRecords, togetherPairs, type FollowUpDecision } from './follow-ups.js';

export interface IdentifiedView {
  readonly view: ReconciledView;
  readonly order: RowOrder;
  readonly graph: LinkGraph;
}

export async function identifiedView(
  trx: Transaction<StoreDatabase>,
  rows: readonly { readonly id: string; readonly seq: number; readonly follow_up: unknown }[],
  extractions: readonly DocumentExtraction[],
  claimants: ClaimantResolver,
): Promise<IdentifiedView> {
  const seq = new Map(rows.map((r) => [r.id, r.seq]));
  const options = { claimants, documentOrder: (id: string) => seq.get(id) ?? 0 };
  const stored = await storedIdentities(trx);
  const follow = followRecords(rows);
  let together = togetherPairs(follow, extractions);
  let linked = identify(extractions, together, stored, options);
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
      linked = identify(extractions, together, stored, options);
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
  return {
    view: withStableIds(linked.view, linked.plan.ids),
    order: rowOrder(linked.view, linked.order),
    graph: linked.graph!,
  };
}

/** The view's order as arrays parallel to its own, taken before ids change. */
export function rowOrder(view: ReconciledView, order: ViewOrder): RowOrder {
  return {
    incidents: view.incidents.map((i) => order.incidents.get(i.id) ?? ''),
    claims: order.claims,
    timeline: order.timeline,
  };
}

function identify(
  extractions: readonly DocumentExtraction[],
  together: readonly (readonly [string, string])[],
  stored: StoredIdentities,
  options: Pick<ReconcileOptions, 'claimants' | 'documentOrder'>,
) {
  const { view, idOf, order, graph } = reconcileLinked(extractions, { ...options, together, graph: true });
  const incidents = newIncidents(extractions, idOf);
  return { view, order, graph, incidents, plan: planIdentities(incidents, stored) };
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
