import type { Rule } from './rule.js';

/** An assignment listed twice. */
export const duplicateRule: Rule = {
  id: 'duplicate',
  label: '重复安排',
  check(f) {
    for (const a of f.duplicates)
      f.breach('duplicate', { message: 'assignment listed twice', ...a });
  },
};

/** An assignment to a person, date or session the problem does not have. */
export const sessionRule: Rule = {
  id: 'session',
  label: '无此接访场次',
  check(f) {
    for (const a of f.unknown) f.breach('session', { message: 'no such person or session', ...a });
  },
};
