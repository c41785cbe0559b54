/**
 * Fields of a case that travel to calendars, reminders and leaders' exports (reference, batch,
 * locality) must not carry a petitioner's phone or ID number: the fields are not encrypted, not
 * masked and not audited like the petitioner's own fields. These patterns find one written
 * the usual ways: full-width digits (folded by NFKC), +86, spaces or hyphens between groups.
 */
const MOBILE = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/;
const ID_NUMBER = /(?<!\d)\d{6}[\s-]?\d{8}[\s-]?\d{3}[\dXx](?!\d)/;

const WHY = '该项会出现在领导日历、提醒和导出中，不能填写信访人个人信息';

/** Why the value is refused (zh-CN), or undefined. */
export function personalDataProblem(value: string): string | undefined {
  const v = value.normalize('NFKC');
  if (MOBILE.test(v)) return `含有手机号码：${WHY}`;
  if (ID_NUMBER.test(v)) return `含有身份证号：${WHY}`;
  return undefined;
}
