import { api, errorText } from '../../api/client.js';
import type { Assignment, EditedRoster, Leader } from '../../api/types.js';
import type { AssignmentEdit } from './assignment-dialog.js';
import { changesNothing, editBanner } from './roster-outcomes.js';
import type { RosterContext, RosterModalState } from './use-roster-modal.js';

/** Changing one duty (leader, day, session, pin) from its dialog or the pin button. */
export function useAssignmentEdit(
  { roster, setRoster, setBanner }: RosterContext,
  { modal, dispatch, saving, staleReload }: RosterModalState,
  leaders: Map<string, Leader>,
) {
  const edit = async (a: Assignment, change: AssignmentEdit) => {
    if (!roster) return;
    if (changesNothing(change)) return dispatch({ type: 'close' });
    await saving(async () => {
      try {
        const res = await api<EditedRoster>(`/rosters/${roster.id}/assignments/${a.id}`, {
          method: 'PATCH',
          body: { version: roster.version, ...change },
        });
        setRoster(res);
        dispatch({ type: 'close' });
        const name = leaders.get(change.leaderId ?? a.leaderId)?.name ?? '';
        setBanner(editBanner(a, change, name, res.brokenRules));
      } catch (err) {
        if (await staleReload(err)) return;
        dispatch({ type: 'edit-failed', error: errorText(err) });
        if (modal?.kind !== 'edit') setBanner({ kind: 'error', text: errorText(err) });
      }
    });
  };

  const openEdit = (assignment: Assignment) =>
    dispatch({ type: 'open', modal: { kind: 'edit', assignment, error: null } });

  const togglePin = (a: Assignment) => {
    // After publication every change needs a reason: ask for it in the dialog.
    if (roster && roster.publishedVersion > 0) openEdit(a);
    else void edit(a, { pinned: !a.pinned });
  };

  return { edit, openEdit, togglePin };
}
