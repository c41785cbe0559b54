import { vtimezone } from './vtimezone.js';

describe('vtimezone', () => {
  it('gives Asia/Shanghai one fixed +0800 observance', () => {
    expect(vtimezone('Asia/Shanghai', 2026, 2027).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'X-LIC-LOCATION:Asia/Shanghai',
      'BEGIN:STANDARD',
      'DTSTART:20260101T080000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists each daylight-saving change of a zone that has them, at local wall time', () => {
    const text = vtimezone('America/New_York', 2026, 2026);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500',
    );
  });
});
