/** Small pure helpers over the page's lists. */

/** `list` with `item` added (once) or removed. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return on ? [...without, item] : without;
}
