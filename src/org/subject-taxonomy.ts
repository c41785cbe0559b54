/**
 * The first level of the petition subject taxonomy (信访事项内容分类), DESIGN.md §4, and the older
 * labels that imports still meet (subject-taxonomy.json). The seed migration writes exactly this data.
 */
import taxonomy from './subject-taxonomy.json' with { type: 'json' };

export const SUBJECTS: ReadonlyArray<{ code: string; name: string; restricted?: boolean }> =
  taxonomy.subjects;

export const SUBJECT_ALIASES: ReadonlyArray<{ label: string; codes: string[] }> = taxonomy.aliases;
