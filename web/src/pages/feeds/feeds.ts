/** The calendar feeds a user subscribes to, in the words of the 订阅 page. */
import type { FeedScope, FeedSummary, Me } from '../../api/types.js';
import { formatDateTime } from '../../labels.js';

export const SCOPE_NAMES: Record<FeedScope, string> = {
  leader: '本人接访日程',
  unit: '全市接访日程',
  department: '本部门约访日程',
};

export const REVOKE_NAMES: Record<string, string> = {
  revoked: '已撤销',
  rotated: '已更换',
  superseded: '已被新链接取代',
  leader_inactive: '领导已停用',
  owner_changed: '账号权限已变更',
  department_inactive: '部门已停用',
};

/** The feed a user may subscribe to: a leader their own, a department its own, staff the unit's. */
export function feedOf(me: Me, unitId: string): { path: string; scope: FeedScope } | null {
  if (me.role === 'leader') {
    return me.leaderId ? { path: `/leaders/${me.leaderId}/feed`, scope: 'leader' } : null;
  }
  if (me.role === 'department') {
    return me.departmentId
      ? { path: `/departments/${me.departmentId}/feed`, scope: 'department' }
      : null;
  }
  return { path: `/units/${unitId}/feed`, scope: 'unit' };
}

/** A link's state: 有效, or why and when it stopped working. */
export function linkState(l: FeedSummary): string {
  if (!l.revokedAt) return '有效';
  return `${REVOKE_NAMES[l.revokedReason ?? 'revoked'] ?? '已失效'}（${formatDateTime(l.revokedAt)}）`;
}
