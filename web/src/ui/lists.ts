/** Small pure helpers over the page's lists. */

/** `list` with `item` added at the end (once) or removed. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  if (!on) return list.filter((x) => x !== item);
  return list.includes(item) ? [...list] : [...list, item];
}
