import type { Subject } from '../../api/types.js';

/**
 * The categories a case or a walk-in may be filed under, by name as the submission writes them:
 * restricted ones (纪检监察, 检举控告) go through their own channel, never this list.
 */
export function PublicSubjectOptions({ subjects }: { subjects: Subject[] }) {
  return (
    <>
      {subjects
        .filter((s) => !s.restricted)
        .map((s) => (
          <option key={s.code} value={s.name}>
            {s.name}
          </option>
        ))}
    </>
  );
}
