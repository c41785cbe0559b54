/**
 * The known names closest to what someone typed, for "did you mean" hints in error messages.
 * Chinese names differ by a character or two ("市中级人民法院" for "市中级法院"), so similarity is
 * the Dice coefficient over characters and character pairs, which also rewards shared order.
 */
function grams(text: string): string[] {
  const chars = [...text];
  return [...chars, ...chars.slice(1).map((c, i) => chars[i] + c)];
}

/**
 * How much of `short` appears in `long` in order: abbreviations keep the characters of the full
 * name ("住建局" in "市住房和城乡建设局"), so they score high although they share few pairs.
 */
function inOrder(short: string, long: string): number {
  const chars = [...short];
  if (chars.length < 2) return 0;
  let at = 0;
  let found = 0;
  for (const c of chars) {
    const next = long.indexOf(c, at);
    if (next >= 0) {
      found++;
      at = next + 1;
    }
  }
  return found / chars.length;
}

/** 0..1: the better of the character Dice coefficient and the abbreviation score. */
export function similarity(a: string, b: string): number {
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  return Math.max(dice(a, b), inOrder(short, long) === 1 ? 0.8 : 0);
}

function dice(a: string, b: string): number {
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}

/** Up to `count` candidates at least `floor` similar to `typed`, best first. */
export function closest(typed: string, candidates: string[], count = 3, floor = 0.3): string[] {
  return candidates
    .map((c) => ({ c, s: similarity(typed, c) }))
    .filter((x) => x.s >= floor)
    .sort((a, b) => b.s - a.s || a.c.localeCompare(b.c, 'zh-CN'))
    .slice(0, count)
    .map((x) => x.c);
}

/** "（最接近：A、B）" or "" when nothing is close. */
export function closestHint(typed: string, candidates: string[]): string {
  const near = closest(typed, candidates);
  return near.length ? `（最接近：${near.join('、')}）` : '';
}
