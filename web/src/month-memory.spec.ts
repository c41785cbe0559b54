import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { currentSessionMonth, defaultMonth, pageMonth } from './month-memory.js';

describe('the month a page opens on', () => {
  it('is this month while a weekday remains in it, else the next', () => {
    expect(currentSessionMonth('2026-12-15')).toBe('2026-12');
    // Thursday 31 December: still a weekday of December.
    expect(currentSessionMonth('2026-12-31')).toBe('2026-12');
    // Saturday 30 January 2027: no weekday left in January.
    expect(currentSessionMonth('2027-01-30')).toBe('2027-02');
  });

  describe('with a tab that remembers', () => {
    let stored: Map<string, string>;
    beforeEach(() => {
      stored = new Map();
      Object.assign(globalThis, {
        sessionStorage: {
          getItem: (k: string) => stored.get(k) ?? null,
          setItem: (k: string, v: string) => stored.set(k, v),
        },
      });
    });
    afterEach(() => {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    });

    it('remembers a month the address names and opens on it next time', () => {
      expect(pageMonth('2027-03')).toBe('2027-03');
      expect(pageMonth(null)).toBe('2027-03');
      expect(defaultMonth()).toBe('2027-03');
    });

    it('ignores what is not a month, in the address or in storage', () => {
      stored.set('roster.month', 'garbage');
      expect(pageMonth('2027-3')).toBe(currentSessionMonth());
    });
  });

  it('falls back to the session month without storage', () => {
    expect(defaultMonth()).toBe(currentSessionMonth());
  });
});
