/**
 * Resident ID numbers (GB 11643-1999): 17 digits + a check character (0-9 or X) computed with
 * ISO 7064 MOD 11-2. A number that Excel stored as 1.10105E+17 has lost its last digits and fails
 * the check; it is rejected, never "repaired".
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Upper-cases a trailing x and strips surrounding blanks; nothing else is changed. */
export function normaliseIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/** null when valid, otherwise the reason in Chinese. */
export function idNumberProblem(raw: string): string | null {
  const v = normaliseIdNumber(raw);
  if (/^\d(\.\d+)?E\+\d+$/i.test(v)) {
    return '身份证号被 Excel 存成了科学计数法（末位已丢失），请把该列设为文本后重新录入';
  }
  if (!/^\d{17}[\dX]$/.test(v)) return '身份证号应为 18 位（前 17 位数字，末位数字或 X）';
  const month = Number(v.slice(10, 12));
  const day = Number(v.slice(12, 14));
  const year = Number(v.slice(6, 10));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    birth.getTime() > Date.now()
  ) {
    return '身份证号中的出生日期无效';
  }
  if (checkCharacter(v) !== v[17]) return '身份证号校验位不正确（GB 11643）';
  return null;
}

/** Mainland mobile (11 digits) or a landline with area code; blanks and dashes allowed. */
export function phoneProblem(raw: string): string | null {
  const v = raw.replace(/[\s-]/g, '');
  if (/^(\+?86)?1[3-9]\d{9}$/.test(v)) return null;
  if (/^0\d{2,3}\d{7,8}$/.test(v)) return null;
  return '联系电话格式不正确（11 位手机号或带区号的固定电话）';
}

export function normalisePhone(raw: string): string {
  return raw.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
}
