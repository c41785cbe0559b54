import { useReducer, useState } from 'preact/hooks';
import { api, ApiError } from '../../api/client.js';
import type { Roster } from '../../api/types.js';
import type { Banner } from './roster-outcomes.js';
import { rosterModal } from './roster-modal.js';

export interface RosterContext {
  roster: Roster | null;
  setRoster: (roster: Roster) => void;
  setBanner: (banner: Banner | null) => void;
}

/** The roster page's dialog (one at a time), whether a change is being saved, and conflicts. */
export function useRosterModal({ roster, setRoster, setBanner }: RosterContext) {
  const [modal, dispatch] = useReducer(rosterModal, null);
  const [busy, setBusy] = useState(false);

  /** A stale version means someone else changed the roster: reload it and say so. */
  const staleReload = async (err: unknown): Promise<boolean> => {
    if (err instanceof ApiError && err.code === 'VERSION_CONFLICT' && roster) {
      setRoster(await api<Roster>(`/rosters/${roster.id}`));
      setBanner({ kind: 'warning', text: '班表已被他人修改，已刷新为最新内容，请重新操作。' });
      dispatch({ type: 'close' });
      return true;
    }
    return false;
  };

  /** Runs a save with the dialog's buttons disabled. */
  const saving = async (save: () => Promise<void>) => {
    setBusy(true);
    try {
      await save();
    } finally {
      setBusy(false);
    }
  };

  return { modal, dispatch, busy, saving, staleReload };
}

export type RosterModalState = ReturnType<typeof useRosterModal>;
