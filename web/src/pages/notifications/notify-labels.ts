/** The words office staff read for notification codes. */
import type { ChannelKind, NotificationRule, NotificationStatus } from '../../api/types.js';

export const NOTIFY_STATUS_NAMES: Record<NotificationStatus, string> = {
  planned: '待发送',
  sending: '发送中',
  retrying: '重试中',
  sent: '已发送',
  dead: '发送失败',
  cancelled: '已取消',
};

export const CHANNEL_NAMES: Record<ChannelKind, string> = {
  email: '电子邮件',
  wecom: '企业微信',
  dingtalk: '钉钉',
  webhook: '系统接口',
  sms: '短信',
  outbox: '待发箱（演示）',
};

export const RULE_NAMES: Record<NotificationRule, string> = {
  duty_day_before: '坐班前一天提醒',
  duty_same_morning: '坐班当天提醒',
  duty_change: '排班变动通知',
  roster_published: '排班发布通知',
  petition_digest: '信访局每日汇总',
  department_invitation: '部门参加约访通知',
  department_day_before: '部门约访前一天提醒',
  department_withdrawal: '部门约访撤销或改期通知',
  case_clock: '案件办理时限提醒',
  feed_link: '日程订阅链接',
  roster_request: '请假、换班申请通知',
  duty_confirm_again: '确认出席再次提醒',
  office_digest: '两办每日待办',
};
