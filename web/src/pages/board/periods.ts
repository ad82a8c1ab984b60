import { previousPeriod } from '../../common/format';

/**
 * The periods to offer in the picker: the board's list of published periods (and the one asked
 * for, if nothing is published for it); without any, the latest and the few before it.
 */
export function periodChoices(offered: string[] | undefined, latest: string | null, shown: string | null, count = 6): string[] {
  if (offered && offered.length > 0) return offered.includes(shown ?? '') || !shown ? offered : [shown, ...offered];
  const choices: string[] = [];
  let key: string | null = latest;
  while (key && choices.length < count) {
    choices.push(key);
    key = previousPeriod(key);
  }
  if (shown && !choices.includes(shown)) choices.push(shown);
  return choices;
}
