/**
 * Every error code the service answers with: its HTTP status, what it means (English, for the
 * README and for whoever picks a code) and its zh-CN message. A message is either the whole text
 * (a site may replace it with a more precise one) or a function of the details a site must give.
 * `AppError` takes a code of this list only; the status always comes from here.
 *
 * Three codes answer "someone else wrote first" (409), each asking the client for something else:
 * - VERSION_CONFLICT: the record changed since the client read it (its `version` is stale, or the
 *   state it acted on has moved on). Reload, look again, decide again.
 * - TRANSIENT_CONFLICT: the database aborted the transaction on a concurrent one (serialization
 *   failure, deadlock). Nothing was written; send the same request again.
 * - CONFLICT: the request clashes with data as it stands (a duplicate, an entry already there, a
 *   step the current state does not allow). Retrying does not help until that data changes.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: {
    status: 400,
    meaning:
      'The input breaks its schema or a rule of the input; `field` names the part, `errors` or `problems` list several.',
    message: '请求参数不正确',
  },
  INVALID_JSON: {
    status: 400,
    meaning: 'The request body is not JSON.',
    message: '请求体不是合法的 JSON',
  },
  BAD_UPLOAD: {
    status: 400,
    meaning: 'An upload is not one file in the multipart `file` field.',
    message: '上传格式不正确：请用 multipart/form-data 的 file 字段上传一个文件',
  },
  BAD_REQUEST: {
    status: 400,
    meaning: 'The framework refused the request before a handler saw it (any other 4xx too).',
    message: '请求无效',
  },
  UNAUTHORIZED: {
    status: 401,
    meaning: 'No valid bearer token, or its account is disabled.',
    message: '未登录或登录已过期',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    meaning: 'Login with a wrong user name or password.',
    message: '用户名或密码错误',
  },
  FORBIDDEN: {
    status: 403,
    meaning: "The caller's role or unit may not do this.",
    message: '无权访问该资源',
  },
  TRANSFER_REQUIRED: {
    status: 403,
    meaning: "A case edit changes the submitting unit: only an admin's transfer may.",
    message: 'submittedBy：提交单位在提交时确定，不能在修改中变更；如需变更，请管理员办理移交',
  },
  NOT_FOUND: {
    status: 404,
    meaning: 'No such record (in the caller’s reach), or no such route.',
    message: '资源不存在',
  },
  FEED_NOT_FOUND: {
    status: 404,
    meaning: 'No calendar feed has this token.',
    message: '订阅链接不存在',
  },
  CONFIRM_LINK_INVALID: {
    status: 404,
    meaning: 'A duty confirmation link is unknown, used or expired.',
    message: '确认链接无效、已使用或已过期',
  },
  METHOD_NOT_ALLOWED: {
    status: 405,
    meaning: 'The framework does not serve this method here.',
    message: '不支持该请求方法',
  },
  CONFLICT: {
    status: 409,
    meaning:
      'The request clashes with data as it stands (a duplicate, an entry already there, a step the state does not allow); retrying alone does not help.',
    message: '与现有数据冲突',
  },
  VERSION_CONFLICT: {
    status: 409,
    meaning:
      'The record changed since the client read it (stale `version`, or its state moved on): reload and decide again.',
    message: '数据已被他人修改，请刷新后重试',
  },
  TRANSIENT_CONFLICT: {
    status: 409,
    meaning:
      'The database aborted the transaction on a concurrent one (serialization failure, deadlock); nothing was written: send the same request again.',
    message: '并发修改冲突，请重试',
  },
  INVALID_TRANSITION: {
    status: 409,
    meaning: 'The record’s current status does not allow this step.',
    message: '当前状态不能办理该步骤',
  },
  SESSION_BEGUN: {
    status: 409,
    meaning: 'The session has begun: it is history (attendance records what happened).',
    message: '接访已开始，已成为历史记录，不能再调整',
  },
  SESSION_NOT_BEGUN: {
    status: 409,
    meaning: 'Attendance or a walk-in recorded for a session that has not begun.',
    message: '坐班尚未开始',
  },
  SESSION_PAST: {
    status: 409,
    meaning: 'A briefing asked for a session before today.',
    message: 'date：只提供今天及以后场次的简介',
  },
  NOT_SESSION_DAY: {
    status: 409,
    meaning: "Petitioners' names asked for before the day of the session.",
    message: 'reveal：信访人姓名在接访当日才能查看',
  },
  SESSION_FULL: {
    status: 409,
    meaning: 'The session has as many appointments as it may take.',
    message: (p: { capacity: number }) => `该场次已约满（每场最多 ${p.capacity} 件）`,
  },
  REQUEST_EXPIRED: {
    status: 409,
    meaning: 'A leave or swap request decided after its session began.',
    message: '接访已开始，申请已过期',
  },
  DUTY_CHANGED: {
    status: 409,
    meaning: 'The duty a request names was changed since the request was made.',
    message: '该班次已被调整，申请需重新提交',
  },
  ROSTER_EXISTS: {
    status: 409,
    meaning: 'The month has a roster (`rosterId`) or one being generated (`generating`, `jobId`).',
    message: (p: { month: string; generating?: boolean }) =>
      p.generating ? `${p.month} 的排班正在生成` : `${p.month} 的排班已存在`,
  },
  ROSTER_HAS_DRAFT: {
    status: 409,
    meaning: 'A request approved while the roster has unpublished edits.',
    message: '班表有尚未发布的修改，请先发布或撤销后再审批',
  },
  SOLVE_JOB_ACTIVE: {
    status: 409,
    meaning: 'The month already has a solve queued or running (`jobId`).',
    message: (p: { month: string }) => `${p.month} 的排班正在计算，请等待完成或先停止`,
  },
  SOLVE_CANCELLED: {
    status: 409,
    meaning: 'The solve was stopped before it found a roster.',
    message: '排班计算已取消',
  },
  NOTIFICATION_NOT_RETRYABLE: {
    status: 409,
    meaning: 'Only a failed notification may be sent again.',
    message: (p: { status: string }) => `通知状态为 ${p.status}，不能重发`,
  },
  LEADER_INACTIVE: {
    status: 409,
    meaning: 'A feed asked for a leader who is no longer active.',
    message: '该领导已停用，不再提供订阅',
  },
  DEPARTMENT_INACTIVE: {
    status: 409,
    meaning: 'A feed asked for a department that is no longer active.',
    message: '该部门已停用，不再提供订阅',
  },
  LEADER_HAS_NO_ACCOUNT: {
    status: 409,
    meaning: "A feed link sent to a leader without an account (links belong to one's account).",
    message: (p: { leader: string }) =>
      `${p.leader}还没有系统账号，订阅链接须属于本人账号；请先由系统管理员开通`,
  },
  CASE_CLOSED: {
    status: 409,
    meaning: 'The case is closed: it is no longer edited and its deadline has stopped.',
    message: '案件已办结',
  },
  NOT_RESTRICTED: {
    status: 409,
    meaning: 'Only accusation and discipline cases go to the discipline commission.',
    message: '只有检举控告、纪检监察类件才移交纪检',
  },
  NOT_CLOSED: {
    status: 409,
    meaning: 'A walk-in is followed up only once it is closed.',
    message: '办结后才能回访',
  },
  ALREADY_A_CASE: {
    status: 409,
    meaning: 'The walk-in is already linked to an open priority case.',
    message: '该事项已有未办结的重点约访案件，已关联',
  },
  NOT_YET_HELD: {
    status: 409,
    meaning: 'A reception result recorded before its appointment began.',
    message: (p: { at: string }) => `约访时间 ${p.at} 尚未到来，不能登记接访结果`,
  },
  NO_DUE_DATE: {
    status: 409,
    meaning: 'The reception outcome has no handling deadline to extend.',
    message: '当场化解或其他结果没有办理期限，无需延期',
  },
  ALREADY_EXTENDED: {
    status: 409,
    meaning: 'A handling deadline is extended once at most.',
    message: '办理期限只能延长一次（最多 30 日）',
  },
  HOLIDAYS_CONFIRMED_NATIONALLY: {
    status: 409,
    meaning: "A unit's own holiday arrangement for a year the admin has confirmed for everyone.",
    message: (p: { year: number }) =>
      `系统管理员已确认 ${p.year} 年节假日安排，以该安排为准；如需更正请联系系统管理员`,
  },
  FEED_GONE: {
    status: 410,
    meaning: 'The feed link was revoked or replaced.',
    message: '订阅链接已失效（已撤销或已更换），请重新获取',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    meaning: 'The request body is over the limit.',
    message: '请求体过大',
  },
  FILE_TOO_LARGE: {
    status: 413,
    meaning: 'The uploaded file is over the limit.',
    message: (p: { limit: number }) => `文件过大（上限 ${p.limit} 字节）`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    meaning: 'The body is in an encoding or charset the service does not read.',
    message: '不支持的请求编码',
  },
  UNPROCESSABLE_ENTITY: {
    status: 422,
    meaning: 'The framework could not process the request.',
    message: '请求无法处理',
  },
  INVALID_CASE: {
    status: 422,
    meaning: 'A case edit has errors (`errors`); nothing was changed.',
    message: (p: { count: number }) => `修改的内容有 ${p.count} 处错误，案件未改动`,
  },
  INVALID_ROWS: {
    status: 422,
    meaning: 'Submitted or imported rows have errors (`errors`); nothing was written.',
    message: (p: { count: number }) => `提交的数据有 ${p.count} 处错误，未写入任何案件`,
  },
  RESTRICTED_SUBJECT: {
    status: 422,
    meaning: 'Accusation and discipline matters are not recorded as walk-ins.',
    message: 'subject：纪检监察、检举控告事项不按来访接待登记，请按检举控告件登记并移交纪检',
  },
  NOT_A_PUBLISHED_SESSION: {
    status: 422,
    meaning: 'An appointment booked where the leader has no published session.',
    message: (p: { date: string; half: string }) =>
      `该领导在 ${p.date} ${p.half} 没有已发布的坐班场次`,
  },
  AFTER_DEADLINE: {
    status: 422,
    meaning: "An appointment booked on or after the case's receive-before date.",
    message: (p: { deadline: string }) => `场次日期须早于约访截止日期 ${p.deadline}`,
  },
  LEADER_NOT_ELIGIBLE: {
    status: 422,
    meaning: "The leader's portfolio does not cover the case.",
    message: (p: { politicsLaw: boolean }) =>
      p.politicsLaw ? '涉法涉诉案件只能由分管政法的领导接待' : '该领导的分管领域不包括此类信访事项',
  },
  NOT_ON_PLAN: {
    status: 422,
    meaning: 'Attendance recorded for a leader who is not on the published session.',
    message: 'leaderId：该领导不在已发布班表的这一场次上',
  },
  NOT_SITTING: {
    status: 422,
    meaning: 'A walk-in recorded with a leader who did not sit the session.',
    message: 'leaderId：该领导没有在这一场次坐班（以班表和到岗登记为准）',
  },
  ROSTER_HAS_ERRORS: {
    status: 422,
    meaning: 'Publishing or approving would leave hard rules broken (`findings`).',
    message: '班表仍有不符合硬性规则之处',
  },
  ROSTER_RECORD_BROKEN: {
    status: 422,
    meaning:
      'A notice or table of a roster whose rule window still breaks hard rules (`findings`).',
    message: (p: { errors: number; rules: string }) =>
      `班表（含跨月规则范围）仍有 ${p.errors} 处不符合硬性规则（${p.rules}），不能打印公告或导出一览表，请先处理`,
  },
  ROSTER_INFEASIBLE: {
    status: 422,
    meaning: 'No roster meets the hard rules on these inputs (`diagnosis` says what to relax).',
    message: '按现有条件排不出符合要求的班表，请根据诊断调整',
  },
  PACKAGE_HAS_NO_YEAR: {
    status: 422,
    meaning: 'The holiday package has no arrangement for the year yet.',
    message: (p: { source: string; year: number }) =>
      `节假日数据包（${p.source}）尚无 ${p.year} 年的安排，请按国务院办公厅通知手工导入`,
  },
  HOLIDAYS_NOT_CONFIRMED: {
    status: 422,
    meaning: "The year's holiday arrangement is not confirmed, so its working days are unknown.",
    message: (p: { year: number }) =>
      `${p.year} 年节假日安排尚未确认，请系统管理员先导入或确认该年度的节假日安排（管理员确认之前，本单位两办也可在“节假日安排”页粘贴国务院办公厅通知，为本单位确认）`,
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    meaning: 'Too many failed logins for the name or address (`Retry-After`).',
    message: '登录尝试过于频繁，请稍后再试',
  },
  RATE_LIMITED: {
    status: 429,
    meaning: 'Too many feed requests for the link or address (`Retry-After`).',
    message: '请求过于频繁，请稍后再试',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    meaning: 'The framework refused the request as one too many.',
    message: '请求过于频繁，请稍后再试',
  },
  INTERNAL_ERROR: {
    status: 500,
    meaning: 'A fault in the service (logged); the client cannot act on it.',
    message: '服务器内部错误',
  },
  MATCHING_FAILED: {
    status: 500,
    meaning: 'The matching solver failed (a fault: the matching always has an answer).',
    message: (p: { detail: string }) => `约访匹配计算失败：${p.detail}`,
  },
  SOLVE_FAILED: {
    status: 500,
    meaning: "A solve job's fault, as its job shows it (`?wait` answers INTERNAL_ERROR).",
    message: (p: { detail: string }) => `排班计算出错：${p.detail}`,
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    meaning: 'The framework reports the service unavailable.',
    message: '服务暂时不可用，请稍后重试',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    meaning: 'PostgreSQL is unreachable or did not answer in time.',
    message: '数据库暂时不可用，请稍后重试',
  },
  SOLVER_TIMEOUT: {
    status: 503,
    meaning: 'The solve found no roster within its time limit.',
    message: '排班计算超时，请稍后重试',
  },
  SOLVE_LOST: {
    status: 503,
    meaning: 'The replicas running a solve job died too often; the job is given up.',
    message: (p: { attempts: number }) => `运行该计算的服务进程已中断 ${p.attempts} 次，请重新生成`,
  },
  IMPORT_BUSY: {
    status: 503,
    meaning: 'The import queue is full (`Retry-After`).',
    message: '导入繁忙，排队的文件已达上限，请稍后重试',
  },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorStatus =
  400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

export interface ErrorEntry {
  status: ErrorStatus;
  meaning: string;
  message: string | ((params: never) => string);
}

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

type MessageOf<C extends ErrorCode> = (typeof ERROR_CATALOGUE)[C]['message'];

/** What a code's message is made from; `never` for a code whose message is plain text. */
export type MessageParams<C extends ErrorCode> =
  MessageOf<C> extends (params: infer P) => string ? P : never;

/** The code the framework's own refusals (HttpException) answer with, by status. */
const FRAMEWORK_CODES: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** A framework refusal's code: the one for its status, else a plain 400 or 500 by its class. */
export const frameworkCode = (status: number): ErrorCode =>
  FRAMEWORK_CODES[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR');

export const isErrorCode = (code: string): code is ErrorCode =>
  Object.hasOwn(ERROR_CATALOGUE, code);
