import type { RequestKind, RequestStatus } from './duty-request.entity.js';

export const REQUEST_ACTIONS = [
  'accept',
  'decline',
  'withdraw',
  'approve',
  'refuse',
  'expire',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

const STATUS_NAMES: Record<RequestStatus, string> = {
  requested: '待处理',
  accepted: '对方已同意',
  approved: '已批准',
  refused: '未批准',
  declined: '对方已拒绝',
  withdrawn: '已撤回',
  expired: '已过期',
};
export const statusName = (s: RequestStatus) => STATUS_NAMES[s];

/**
 * The request's state machine: the state an action leads to, or why it may not be taken (zh-CN).
 * A swap needs the other leader's consent before 两办 decide; a leave goes to 两办 directly.
 */
export function transition(
  kind: RequestKind,
  status: RequestStatus,
  action: RequestAction,
): { to: RequestStatus } | { refused: string } {
  const open = status === 'requested' || status === 'accepted';
  if (!open) return { refused: `申请${STATUS_NAMES[status]}，不能再操作` };
  switch (action) {
    case 'accept':
    case 'decline':
      if (kind !== 'swap') return { refused: '请假申请无需对方同意' };
      if (status !== 'requested') return { refused: '对方已同意，等待两办审批' };
      return { to: action === 'accept' ? 'accepted' : 'declined' };
    case 'approve':
      if (kind === 'swap' && status !== 'accepted')
        return { refused: '换班须先经对方领导同意，才能审批' };
      return { to: 'approved' };
    case 'withdraw':
      return { to: 'withdrawn' };
    case 'refuse':
      return { to: 'refused' };
    case 'expire':
      return { to: 'expired' };
  }
}
