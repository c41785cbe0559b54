import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../../api/types.js';
import { canEdit } from '../../auth.js';
import { SEES_ABSENCES, useUnitAbsences } from './absence-strip.js';
import { absencesBanner, type Banner } from './roster-outcomes.js';
import { useAssignmentEdit } from './use-assignment-edit.js';
import { usePublish } from './use-publish.js';
import { useRosterModal } from './use-roster-modal.js';
import { useRosterMonth } from './use-roster-month.js';
import { useSolve } from './use-solve.js';

/**
 * The roster page's month and what acts on it: loading, solving, the open dialog, edits,
 * publishing, the absences beside the grid, and the banner that reports on them.
 */
export function useRosterPage(unitId: string, me: Me, month: string) {
  const editor = canEdit(me.role);
  const [banner, setBanner] = useState<Banner | null>(null);
  useEffect(() => setBanner(null), [month, unitId]);
  const loaded = useRosterMonth(unitId, month, (stale) => solves.resume(stale));
  const { roster, setRoster } = loaded;
  const context = { roster, setRoster, setBanner };
  const solves = useSolve({ unitId, month, editor, setRoster, setBanner });
  const modal = useRosterModal(context);
  const edits = useAssignmentEdit(context, modal, loaded.leaderMap);
  const publishing = usePublish(context, modal, month);
  const unitAbsences = useUnitAbsences(unitId, month, SEES_ABSENCES.includes(me.role));

  /** After absences were entered: the strips reload; duties on those days now break a hard rule. */
  const absencesSaved = async (text: string) => {
    unitAbsences.reload();
    const before = roster;
    setBanner(absencesBanner(text, before, await loaded.reloadRoster()));
  };

  return {
    editor,
    banner,
    setBanner,
    loaded,
    solves,
    modal,
    edits,
    publishing,
    absences: unitAbsences.absences,
    absencesSaved,
  };
}
