import { api, apiText, download, errorText } from '../../api/client.js';
import type { Roster, RosterVersion } from '../../api/types.js';
import { pendingChanges, publishedDuties } from './cover.js';
import { publishBlockers } from './publish-dialog.js';
import { findingsOf, refusalBanner } from './roster-outcomes.js';
import type { RosterContext, RosterModalState } from './use-roster-modal.js';

/** Publishing the roster, its published versions, and its printed and exported forms. */
export function usePublish(
  { roster, setRoster, setBanner }: RosterContext,
  { dispatch, saving, staleReload }: RosterModalState,
  month: string,
) {
  const versionsOf = (r: Roster) => api<RosterVersion[]>(`/rosters/${r.id}/versions`);

  const openPublish = async () => {
    if (!roster) return;
    dispatch({
      type: 'open',
      modal: { kind: 'publish', changes: null, error: null, blocking: [] },
    });
    try {
      const versions = roster.publishedVersion > 0 ? await versionsOf(roster) : [];
      const changes = pendingChanges(roster.assignments, publishedDuties(versions));
      // The rules as the service will judge them on 确认发布 (other months may have moved since the
      // page loaded): a hard error is shown now, not after the click.
      const blocking = await publishBlockers(roster.id);
      dispatch({ type: 'publish-checked', changes, blocking });
    } catch (err) {
      dispatch({ type: 'publish-unchecked', error: errorText(err) });
    }
  };

  const publish = async (reason: string) => {
    if (!roster) return;
    await saving(async () => {
      try {
        const res = await api<Roster>(`/rosters/${roster.id}/publish`, {
          method: 'POST',
          body: { version: roster.version, ...(reason ? { reason } : {}) },
        });
        setRoster(res);
        dispatch({ type: 'close' });
        setBanner({ kind: 'success', text: `已发布第 ${res.publishedVersion} 版。` });
      } catch (err) {
        if (await staleReload(err)) return;
        dispatch({
          type: 'publish-refused',
          error: errorText(err),
          blocking: findingsOf(err) ?? [],
        });
      }
    });
  };

  const openVersions = async () => {
    if (!roster) return;
    dispatch({ type: 'open', modal: { kind: 'versions', versions: null } });
    try {
      dispatch({ type: 'versions-loaded', versions: await versionsOf(roster) });
    } catch (err) {
      dispatch({ type: 'close' });
      setBanner({ kind: 'error', text: errorText(err) });
    }
  };

  const openNotice = async () => {
    if (!roster) return;
    try {
      const html = await apiText(`/rosters/${roster.id}/notice`);
      dispatch({ type: 'open', modal: { kind: 'notice', html } });
    } catch (err) {
      setBanner(refusalBanner(err));
    }
  };

  const exportXlsx = async () => {
    if (!roster) return;
    try {
      await download(`/rosters/${roster.id}/export.xlsx`, `${month}-roster.xlsx`);
    } catch (err) {
      setBanner(refusalBanner(err));
    }
  };

  return { openPublish, publish, openVersions, openNotice, exportXlsx };
}
