/** A number a clerk may leave empty, as form text and back. Pure. */

/** null → '' (empty: no limit); else the number as text. */
export const optionalText = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : String(n);

/** '' (or only spaces) → null; else the number. */
export const optionalNumber = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);
