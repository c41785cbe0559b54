import { describe, expect, it } from '@jest/globals';
import { ApiError, errorText, fieldErrorText, withRetryTime } from './client.js';

describe('error wording', () => {
  it('names the field by its label', () => {
    const err = new ApiError(
      400,
      'VALIDATION_FAILED',
      'firstDayLeaderId：本单位没有这位领导',
      'firstDayLeaderId',
    );
    expect(fieldErrorText(err, { firstDayLeaderId: '首日坐班领导' })).toBe(
      '首日坐班领导：本单位没有这位领导',
    );
    expect(fieldErrorText(err, {})).toBe('firstDayLeaderId：本单位没有这位领导');
    expect(errorText(new Error('boom'))).toBe('出现意外错误，请刷新页面后重试');
  });

  it('says when to try again after a 429 or 503', () => {
    const now = Date.parse('2027-01-04T02:00:00Z');
    expect(withRetryTime('请求过多，请稍后再试', 429, '90', now)).toBe(
      '请求过多，请在 2 分钟后（北京时间 10:01 以后）再试',
    );
    expect(withRetryTime('维护中', 503, '30', now)).toBe(
      '维护中，请在 30 秒后（北京时间 10:00 以后）再试',
    );
    expect(withRetryTime('出错了', 500, '30', now)).toBe('出错了');
    expect(withRetryTime('请稍后再试', 429, 'soon', now)).toBe('请稍后再试');
  });
});
