import { unfold } from './ical-format.js';
import { renderFeed } from './ical-render.js';

describe('renderFeed', () => {
  const model = {
    name: '市住建局 接访会商安排',
    description: '无',
    timezone: 'Asia/Shanghai',
    fromYear: 2026,
    toYear: 2027,
  };

  it('gives an empty feed its VTIMEZONE: RFC 5545 wants at least one component', () => {
    const lines = unfold(renderFeed({ ...model, events: [] }));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'END:VTIMEZONE']),
    );
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    // Calendar properties first, then the component.
    expect(lines.indexOf('BEGIN:VTIMEZONE')).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('PRODID:')),
    );
  });

  it('writes one VTIMEZONE when there are events', () => {
    const event = {
      uid: 'a@reception-roster',
      sequence: 0,
      changedAt: new Date('2026-01-02T03:04:05Z'),
      date: '2026-12-07',
      start: '08:30',
      end: '11:30',
      summary: '领导接访（上午）',
      description: '地点：来访接待中心',
      location: '来访接待中心',
      alarmDayBefore: null,
      alarmText: '',
    };
    const lines = unfold(renderFeed({ ...model, events: [event] }));
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('BEGIN:VEVENT');
  });
});
