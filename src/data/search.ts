/** The search records of all public entries, as the entry pages write them for the index. */
import { byId, type SiteContent } from './content';
import {
  exemplarSearchRecord,
  movementSearchRecord,
  phaseSearchRecord,
  planSearchRecord,
  type SearchRecord,
} from '../lib/search/records';

export function searchRecordsOf(content: SiteContent): SearchRecord[] {
  return [
    ...content.plans.map((plan) => planSearchRecord(plan.data)),
    ...content.phases.map((phase) => phaseSearchRecord(phase.data)),
    ...content.movements.map((movement) =>
      movementSearchRecord(
        movement.data,
        movement.data.plans.flatMap((link) => byId(content.plans, link.id)?.data ?? []),
      ),
    ),
    ...content.exemplars.map((exemplar) => exemplarSearchRecord(exemplar.data, byId(content.units, exemplar.data.unit.id)?.data.name)),
  ];
}
