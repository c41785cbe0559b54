import type { CalendarDay, Leader, Roster } from '../../api/types.js';
import { AmendDialog } from './amend-dialog.js';
import { AssignmentDialog, type AssignmentEdit } from './assignment-dialog.js';
import { NoticeDialog } from './notice-dialog.js';
import { PublishDialog } from './publish-dialog.js';
import type { RosterModal } from './roster-modal.js';
import { VersionsDialog } from './versions-dialog.js';

interface Props {
  modal: RosterModal | null;
  roster: Roster | null;
  days: CalendarDay[] | null;
  leaders: Leader[];
  leaderMap: Map<string, Leader>;
  busy: boolean;
  onEdit: (change: AssignmentEdit) => void;
  onPublish: (reason: string) => void;
  onAmend: (reason: string) => void;
  onClose: () => void;
}

/** The roster page's open dialog, if any. */
export function RosterDialogs(p: Props) {
  const { modal, roster, leaderMap, onClose } = p;
  if (modal?.kind === 'notice') return <NoticeDialog html={modal.html} onClose={onClose} />;
  if (!roster || !modal) return null;
  switch (modal.kind) {
    case 'edit':
      return p.days ? (
        <AssignmentDialog
          roster={roster}
          assignment={modal.assignment}
          days={p.days}
          leaders={p.leaders}
          error={modal.error}
          busy={p.busy}
          onSave={p.onEdit}
          onClose={onClose}
        />
      ) : null;
    case 'publish':
      return (
        <PublishDialog
          roster={roster}
          changes={modal.changes}
          leaders={leaderMap}
          error={modal.error}
          blocking={modal.blocking}
          busy={p.busy}
          onPublish={p.onPublish}
          onClose={onClose}
        />
      );
    case 'versions':
      return (
        <VersionsDialog
          roster={roster}
          versions={modal.versions}
          leaders={leaderMap}
          onClose={onClose}
        />
      );
    case 'amend':
      return <AmendDialog onAmend={p.onAmend} onClose={onClose} />;
  }
}
