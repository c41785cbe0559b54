import { foldLine, normalizeICalendar, unfold } from './ical-format.js';

describe('normalizeICalendar', () => {
  it('moves properties before sub-components and ends every line, the last too, with CRLF', () => {
    const input = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'END:VTIMEZONE',
      'X-WR-TIMEZONE:Asia/Shanghai',
      'BEGIN:VEVENT',
      'UID:1',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'END:VALARM',
      'LAST-MODIFIED:20260101T000000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(normalizeICalendar(input)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'X-WR-TIMEZONE:Asia/Shanghai',
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Shanghai',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:1',
        'LAST-MODIFIED:20260101T000000Z',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('rejects broken nesting rather than emitting it', () => {
    expect(() => normalizeICalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR')).toThrow();
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII', 'DESCRIPTION:' + 'a'.repeat(200)],
    ['three-byte characters at every offset', 'SUMMARY:' + '班'.repeat(100)],
    ['mixed widths', 'DESCRIPTION:x' + '接访😀ab'.repeat(40)],
  ])('keeps %s within 75 octets per line, never splitting a character', (_name, line) => {
    for (let shift = 0; shift < 3; shift++) {
      const input = 'x'.repeat(shift) + line;
      const folded = foldLine(input);
      const physical = folded.split('\r\n');
      expect(physical.length).toBeGreaterThan(1);
      for (const [i, p] of physical.entries()) {
        expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
        if (i > 0) expect(p.startsWith(' ')).toBe(true);
        // Re-encoding round-trips only if no surrogate pair or UTF-8 sequence was cut.
        expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
        expect(p).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
      }
      expect(unfold(folded)).toEqual([input]);
    }
  });

  it('leaves short lines alone', () => {
    expect(foldLine('UID:abc')).toBe('UID:abc');
  });
});
