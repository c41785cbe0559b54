import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me, Role, Unit } from './api/types.js';

export interface Signed {
  me: Me;
  unit: Unit;
}

export const SignedContext = createContext<Signed | null>(null);

export function useSigned(): Signed {
  const s = useContext(SignedContext);
  if (!s) throw new Error('not signed in');
  return s;
}

/** Who reads the notification outbox (the service allows these roles only). */
export function canSeeNotifications(role: Role): boolean {
  return role === 'admin' || role === 'office' || role === 'petition';
}

/** Who may change rosters, leaders and special periods (the service enforces the same). */
export function canEdit(role: Role): boolean {
  return role === 'admin' || role === 'office';
}

/** Who confirms a year's national holiday arrangement (PUT /calendar/years/{year}: admin only). */
export function canConfirmHolidays(role: Role): boolean {
  return role === 'admin';
}

export interface MenuItem {
  path: string;
  label: string;
}

/** The staff who run the roster and the reception work (admin, 两办, 信访局, 政法委). */
export function isOfficeStaff(role: Role): boolean {
  return role === 'admin' || role === 'office' || role === 'petition' || role === 'politics';
}

/** `item` where `shown`, else nothing: a menu entry only some roles see. */
const only = (shown: boolean, item: MenuItem): MenuItem[] => (shown ? [item] : []);

/** The menu a role sees: only pages that role can use. */
export function menuFor(me: Me): MenuItem[] {
  switch (me.role) {
    case 'admin':
    case 'office':
    case 'petition':
    case 'politics':
      // 政法委 has no access to the notification outbox.
      return [
        { path: '/roster', label: '月度排班' },
        { path: '/leaders', label: '领导' },
        { path: '/special-periods', label: '特护期' },
        ...only(canConfirmHolidays(me.role) || me.role === 'office', {
          path: '/holidays',
          label: '节假日安排',
        }),
        { path: '/priority-cases', label: '重点约访' },
        { path: '/hall', label: '接待登记' },
        ...only(canSeeNotifications(me.role), { path: '/notifications', label: '提醒' }),
        { path: '/feeds', label: '订阅' },
        { path: '/stats', label: '统计' },
        { path: '/report', label: '年度报告' },
      ];
    case 'leader':
      return [
        { path: '/roster', label: '接访日程' },
        { path: `/leaders/${me.leaderId}/availability`, label: '我的时间' },
        { path: '/briefing', label: '接访简介' },
        { path: '/feeds', label: '订阅' },
      ];
    case 'department':
      return [
        { path: '/roster', label: '接访日程' },
        { path: '/feeds', label: '订阅' },
      ];
  }
}
