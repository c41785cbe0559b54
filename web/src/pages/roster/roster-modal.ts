/** Which dialog of the roster page is open, and what it shows: one at a time. Pure. */
import type { Assignment, DutyChange, Finding, RosterVersion } from '../../api/types.js';

export type RosterModal =
  | { kind: 'edit'; assignment: Assignment; error: string | null }
  /** changes: null while they are being worked out. */
  | { kind: 'publish'; changes: DutyChange[] | null; error: string | null; blocking: Finding[] }
  | { kind: 'versions'; versions: RosterVersion[] | null }
  | { kind: 'amend'; error: string | null }
  | { kind: 'notice'; html: string };

export type ModalAction =
  | { type: 'open'; modal: RosterModal }
  | { type: 'close' }
  | { type: 'edit-failed'; error: string }
  /** The publication's changes and the hard errors that would refuse it, as the dialog opens. */
  | { type: 'publish-checked'; changes: DutyChange[]; blocking: Finding[] }
  | { type: 'publish-unchecked'; error: string }
  | { type: 'publish-refused'; error: string; blocking: Finding[] }
  | { type: 'versions-loaded'; versions: RosterVersion[] };

/** An answer that arrives after its dialog was closed (or another opened) changes nothing. */
export function rosterModal(state: RosterModal | null, action: ModalAction): RosterModal | null {
  switch (action.type) {
    case 'open':
      return action.modal;
    case 'close':
      return null;
    case 'edit-failed':
      return state?.kind === 'edit' ? { ...state, error: action.error } : state;
    case 'publish-checked':
      return state?.kind === 'publish'
        ? { ...state, changes: action.changes, blocking: action.blocking }
        : state;
    case 'publish-unchecked':
      return state?.kind === 'publish' ? { ...state, error: action.error, changes: [] } : state;
    case 'publish-refused':
      return state?.kind === 'publish'
        ? { ...state, error: action.error, blocking: action.blocking }
        : state;
    case 'versions-loaded':
      return state?.kind === 'versions' ? { ...state, versions: action.versions } : state;
  }
}
