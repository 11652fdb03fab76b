import { format } from 'date-fns';

/** The calendar date of `instant` where the deputy is (the machine's time zone), as "YYYY-MM-DD". */
export function localIsoDate(instant: Date): string {
  return format(instant, 'yyyy-MM-dd');
}
