import { describe, expect, it } from '@jest/globals';
import type { Assignment, DutyChange, Finding } from '../../api/types.js';
import { type RosterModal, rosterModal } from './roster-modal.js';

const assignment = { id: 'a1', date: '2027-01-04', session: 'AM' } as Assignment;
const blocking = [
  { severity: 'error', rule: 'cover', ruleName: '缺人', message: '缺人' },
] as Finding[];
const changes = [
  { change: 'added', date: '2027-01-04', session: 'AM', leaderId: 'l1' },
] as DutyChange[];
const publish: RosterModal = { kind: 'publish', changes: null, error: null, blocking: [] };

describe('the roster page dialog', () => {
  it('opens one dialog at a time and closes it', () => {
    const edit = rosterModal(null, {
      type: 'open',
      modal: { kind: 'edit', assignment, error: null },
    });
    expect(edit).toEqual({ kind: 'edit', assignment, error: null });
    expect(rosterModal(edit, { type: 'open', modal: publish })).toBe(publish);
    expect(rosterModal(edit, { type: 'close' })).toBeNull();
  });

  it('fills the publish dialog as its checks arrive, and shows a refusal', () => {
    const checked = rosterModal(publish, { type: 'publish-checked', changes, blocking });
    expect(checked).toEqual({ ...publish, changes, blocking });
    expect(rosterModal(publish, { type: 'publish-unchecked', error: '网络错误' })).toEqual({
      ...publish,
      changes: [],
      error: '网络错误',
    });
    expect(
      rosterModal(checked, { type: 'publish-refused', error: '违反规则', blocking }),
    ).toMatchObject({ error: '违反规则', blocking, changes });
  });

  it('ignores an answer for a dialog that is no longer open', () => {
    const versions: RosterModal = { kind: 'versions', versions: null };
    expect(rosterModal(versions, { type: 'publish-checked', changes, blocking })).toBe(versions);
    expect(rosterModal(null, { type: 'edit-failed', error: 'x' })).toBeNull();
    expect(rosterModal(publish, { type: 'versions-loaded', versions: [] })).toBe(publish);
    expect(rosterModal(versions, { type: 'versions-loaded', versions: [] })).toEqual({
      kind: 'versions',
      versions: [],
    });
  });

  it('keeps an edit dialog open with the reason its change was refused', () => {
    const edit: RosterModal = { kind: 'edit', assignment, error: null };
    expect(rosterModal(edit, { type: 'edit-failed', error: '版本冲突' })).toEqual({
      ...edit,
      error: '版本冲突',
    });
  });
});
