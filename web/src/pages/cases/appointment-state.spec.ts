import { describe, expect, it } from '@jest/globals';
import type { Appointment } from '../../api/types.js';
import { acceptedText, isActionable, isHeld } from './appointment-state.js';

const at = (over: Partial<Appointment>) =>
  ({
    caseReference: 'QR-1',
    status: 'scheduled',
    date: '2027-03-05',
    slotStart: '09:00',
    slotEnd: '09:30',
    ...over,
  }) as Appointment;

describe('an appointment on the matching panel', () => {
  it('is recorded once its slot has begun, and only when fixed', () => {
    expect(isHeld(at({}), '2027-03-05T08:59')).toBe(false);
    expect(isHeld(at({}), '2027-03-05T09:00')).toBe(true);
    expect(isHeld(at({ slotStart: null }), '2027-03-05T00:00')).toBe(true);
    expect(isHeld(at({ status: 'proposed' }), '2027-03-06T00:00')).toBe(false);
  });

  it('can be acted on while proposed or fixed', () => {
    expect(isActionable(at({ status: 'proposed' }))).toBe(true);
    expect(isActionable(at({ status: 'superseded' }))).toBe(false);
  });

  it('says when an accepted one takes place', () => {
    expect(acceptedText(at({}), at({ slotStart: null, slotEnd: null }))).toBe(
      '已确认 QR-1：3月5日 –。',
    );
  });
});
