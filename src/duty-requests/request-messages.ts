import { chineseDate } from '../notify/index.js';
import { DUTY_NAMES } from '../roster/index.js';
import { LEAVE_REASON_NAMES, type DutyRequest, type RequestStatus } from './duty-request.entity.js';

export interface RequestMessage {
  subject: string;
  text: string;
  /** Leaders told (each with their secretary). */
  leaderIds: string[];
  /** Whether 两办 is told. */
  office: boolean;
}

const when = (date: string, session: string) =>
  `${chineseDate(date)}${DUTY_NAMES[session as keyof typeof DUTY_NAMES]}`;

/**
 * Who hears of a step and what they read (zh-CN): the requester always, the other leader of a
 * swap, the substitute of an approved leave, 两办 whenever a decision waits for them or one they
 * waited for went away. Only sessions and names: requests carry no petitioner data.
 */
export function requestText(
  r: DutyRequest,
  step: RequestStatus,
  names: ReadonlyMap<string, string>,
): RequestMessage | null {
  const words: RequestWords = {
    me: names.get(r.leaderId) ?? '',
    mine: when(r.date, r.session),
    why: LEAVE_REASON_NAMES[r.reasonKind] + (r.reasonText ? `：${r.reasonText}` : ''),
  };
  return r.kind === 'leave' ? leaveText(r, step, names, words) : swapText(r, step, names, words);
}

/** What every message names: the requester, their session, and the reason given. */
interface RequestWords {
  me: string;
  mine: string;
  why: string;
}

function leaveText(
  r: DutyRequest,
  step: RequestStatus,
  names: ReadonlyMap<string, string>,
  { me, mine, why }: RequestWords,
): RequestMessage | null {
  const sub = r.substituteLeaderId ? (names.get(r.substituteLeaderId) ?? '') : '';
  switch (step) {
    case 'requested':
      return {
        subject: '接访请假申请',
        text: `${me}申请${mine}接访请假（${why}），请两办审批并安排代班。`,
        leaderIds: [r.leaderId],
        office: true,
      };
    case 'approved':
      return {
        subject: '接访请假已批准',
        text: `${me}${mine}接访请假已批准，由${sub}代班，请以最新排班表为准。`,
        leaderIds: [r.leaderId, ...(r.substituteLeaderId ? [r.substituteLeaderId] : [])],
        office: false,
      };
    case 'refused':
      return {
        subject: '接访请假未获批准',
        text: `${me}${mine}接访请假未获批准，请按原安排接访。`,
        leaderIds: [r.leaderId],
        office: false,
      };
    case 'withdrawn':
      return {
        subject: '接访请假已撤回',
        text: `${me}已撤回${mine}接访请假，仍按原安排接访。`,
        leaderIds: [r.leaderId],
        office: true,
      };
    case 'expired':
      return {
        subject: '接访请假已过期',
        text: `${me}${mine}接访请假在接访开始前未获审批，已过期。`,
        leaderIds: [r.leaderId],
        office: true,
      };
    case 'accepted':
    case 'declined':
      // A leave has no other leader to accept or decline it.
      return null;
  }
}

function swapText(
  r: DutyRequest,
  step: RequestStatus,
  names: ReadonlyMap<string, string>,
  { me, mine, why }: RequestWords,
): RequestMessage {
  const other = names.get(r.otherLeaderId ?? '') ?? '';
  const theirs = when(r.otherDate ?? r.date, r.otherSession ?? r.session);
  const trade = `${me}${mine}与${other}${theirs}的接访互换`;
  const both = [r.leaderId, r.otherLeaderId!];
  switch (step) {
    case 'requested':
      return {
        subject: '接访换班申请',
        text: `${me}申请${trade}（${why}），请${other}在系统中同意或拒绝。`,
        leaderIds: both,
        office: false,
      };
    case 'accepted':
      return {
        subject: '接访换班待审批',
        text: `${other}已同意${trade}，请两办审批。`,
        leaderIds: both,
        office: true,
      };
    case 'declined':
      return {
        subject: '接访换班未获同意',
        text: `${other}未同意${trade}，仍按原安排接访。`,
        leaderIds: both,
        office: false,
      };
    case 'approved':
      return {
        subject: '接访换班已批准',
        text: `${trade}已批准，请以最新排班表为准。`,
        leaderIds: both,
        office: false,
      };
    case 'refused':
      return {
        subject: '接访换班未获批准',
        text: `${trade}未获批准，仍按原安排接访。`,
        leaderIds: both,
        office: false,
      };
    case 'withdrawn':
      return {
        subject: '接访换班已撤回',
        text: `${me}已撤回${trade}的申请，仍按原安排接访。`,
        leaderIds: both,
        office: r.steps.some((s) => s.status === 'accepted'),
      };
    case 'expired':
      return {
        subject: '接访换班已过期',
        text: `${trade}的申请在接访开始前未办结，已过期，仍按原安排接访。`,
        leaderIds: both,
        office: true,
      };
  }
}
