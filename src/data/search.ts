/** The search records of all public entries, as the entry pages write them for the index. */
import { byId, type SiteContent, type YearCycleContent } from './content';
import {
  decisionSearchRecord,
  exemplarSearchRecord,
  noticeSearchRecord,
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
    ...content.exemplars.map((exemplar) =>
      exemplarSearchRecord(exemplar.id, exemplar.data, byId(content.units, exemplar.data.unit.id)?.data.name),
    ),
  ];
}

/** The search records of the year's cycle: notices and decisions. */
export function cycleSearchRecordsOf(cycle: YearCycleContent): SearchRecord[] {
  return [
    ...cycle.notices.map((notice) => noticeSearchRecord(notice.entry.data, notice.closesOn)),
    ...cycle.decisions.map((decision) => decisionSearchRecord(decision.data)),
  ];
}
