/**
 * The day the site is built for. `TDKT_TODAY=2024-03-15` pins it, so tests can build the site as it
 * looked on a given day; otherwise it is today in Viet Nam.
 */
import { isRealIsoDate, todayInVietnam, type IsoDate } from './dates';
import { INPUT, inputKey, recordInput } from './page-inputs';

export const TODAY_VARIABLE = 'TDKT_TODAY';

export function buildDay(env: NodeJS.ProcessEnv = process.env): IsoDate {
  recordInput(inputKey(INPUT.today));
  const pinned = env[TODAY_VARIABLE];
  if (pinned) {
    if (!isRealIsoDate(pinned))
      throw new Error(`${TODAY_VARIABLE} phải là một ngày dạng NĂM-THÁNG-NGÀY, không phải "${pinned}"`);
    return pinned;
  }
  return todayInVietnam();
}
