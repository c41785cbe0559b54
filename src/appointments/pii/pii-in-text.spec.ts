import { personalDataProblem } from './pii-in-text.js';

describe('personalDataProblem', () => {
  it.each([
    '陈建国-13900139000',
    'QR13900139000',
    '139-0013-9000',
    '+86 139 0013 9000',
    '１３９００１３９０００',
    '110105198001011234',
    '来访人11010519800101123X',
    '110105 19800101 1234',
  ])('refuses %s', (value) => {
    expect(personalDataProblem(value)).toMatch(/手机号码|身份证号/);
  });

  it.each([
    'ZFW-2026-001',
    'XF2026-0012',
    '2026年第1批',
    '青嵘市东城区',
    '12345678901',
    '12900139000',
  ])('accepts %s', (value) => {
    expect(personalDataProblem(value)).toBeUndefined();
  });
});
