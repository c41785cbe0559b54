import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  ChannelKind,
  NotificationPage,
  NotificationRule,
  NotificationStatus,
  NotificationView,
} from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { formatDateTime } from '../../labels.js';
import { Alert, Loading, Pager } from '../../ui/common.js';
import { NotificationDialog } from './notification-dialog.js';
import { CHANNEL_NAMES, NOTIFY_STATUS_NAMES, RULE_NAMES } from './notify-labels.js';

const PAGE_SIZE = 50;

interface Filters {
  status: NotificationStatus | '';
  channel: ChannelKind | '';
  rule: NotificationRule | '';
  from: string;
  to: string;
}

const EMPTY: Filters = { status: '', channel: '', rule: '', from: '', to: '' };

function queryOf(f: Filters, limit: number, offset: number): string {
  const q = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  return q.toString();
}

/** 提醒: what went out or will, the dead letters with their last error, and a retry. */
export function NotificationsPage() {
  const { me } = useSigned();
  const canRetry = me.role === 'admin' || me.role === 'office';
  const [dead, setDead] = useState<NotificationPage | null>(null);
  const [form, setForm] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<NotificationPage | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [detail, setDetail] = useState<string | null>(null);

  useEffect(() => {
    api<NotificationPage>(`/notifications?${queryOf({ ...EMPTY, status: 'dead' }, 100, 0)}`)
      .then(setDead)
      .catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }));
  }, [refresh]);

  useEffect(() => {
    setPage(null);
    api<NotificationPage>(`/notifications?${queryOf(filters, PAGE_SIZE, offset)}`)
      .then(setPage)
      .catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }));
  }, [filters, offset, refresh]);

  const retry = async (n: NotificationView) => {
    setMessage(null);
    try {
      await api(`/notifications/${n.id}/retry`, { method: 'POST' });
      setMessage({ kind: 'success', text: `已重新发送给 ${n.recipientName} 的通知。` });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
    setRefresh((x) => x + 1);
  };

  const set = (k: keyof Filters) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const items = page?.items ?? [];
  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">提醒通知</h1>
      </div>
      {message && (
        <Alert kind={message.kind} onDismiss={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}

      <section class="panel" aria-labelledby="dead-title">
        <h2 id="dead-title">发送失败的通知{dead ? `（${dead.total} 条）` : ''}</h2>
        {!dead && <Loading />}
        {dead && dead.items.length === 0 && <p>没有发送失败的通知。</p>}
        {dead && dead.items.length > 0 && (
          <div class="table-scroll">
            <table class="data-table dead-table">
              <thead>
                <tr>
                  <th scope="col">计划时间</th>
                  <th scope="col">类型</th>
                  <th scope="col">收件人</th>
                  <th scope="col">渠道</th>
                  <th scope="col">尝试次数</th>
                  <th scope="col">最后错误</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {dead.items.map((n) => (
                  <tr key={n.id}>
                    <td>{formatDateTime(n.dueAt)}</td>
                    <td>{RULE_NAMES[n.rule] ?? n.rule}</td>
                    <td>{n.recipientName}</td>
                    <td>{CHANNEL_NAMES[n.channel] ?? n.channel}</td>
                    <td>{n.attempts}</td>
                    <td class="error-text">{n.lastError ?? '—'}</td>
                    <td>
                      <div class="row-actions">
                        <button
                          type="button"
                          aria-label={`${n.recipientName}的失败通知详情`}
                          onClick={() => setDetail(n.id)}
                        >
                          详情
                        </button>
                        {canRetry && (
                          <button
                            type="button"
                            aria-label={`重新发送给 ${n.recipientName} 的通知`}
                            onClick={() => retry(n)}
                          >
                            重发
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section class="panel" aria-labelledby="all-title">
        <h2 id="all-title">全部通知</h2>
        <form
          class="filters"
          aria-label="筛选通知"
          onSubmit={(e) => {
            e.preventDefault();
            setOffset(0);
            setFilters(form);
          }}
        >
          <label class="field">
            <span>状态</span>
            <select value={form.status} onChange={set('status')}>
              <option value="">全部</option>
              {(Object.keys(NOTIFY_STATUS_NAMES) as NotificationStatus[]).map((s) => (
                <option key={s} value={s}>
                  {NOTIFY_STATUS_NAMES[s]}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>类型</span>
            <select value={form.rule} onChange={set('rule')}>
              <option value="">全部</option>
              {(Object.keys(RULE_NAMES) as NotificationRule[]).map((r) => (
                <option key={r} value={r}>
                  {RULE_NAMES[r]}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>渠道</span>
            <select value={form.channel} onChange={set('channel')}>
              <option value="">全部</option>
              {(Object.keys(CHANNEL_NAMES) as ChannelKind[]).map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_NAMES[c]}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>计划日期自</span>
            <input type="date" value={form.from} onChange={set('from')} />
          </label>
          <label class="field">
            <span>至</span>
            <input type="date" value={form.to} onChange={set('to')} />
          </label>
          <div class="actions">
            <button type="submit" class="primary">
              查询
            </button>
            <button
              type="button"
              onClick={() => {
                setForm(EMPTY);
                setFilters(EMPTY);
                setOffset(0);
              }}
            >
              清除条件
            </button>
          </div>
        </form>
        {!page && <Loading />}
        {page && items.length === 0 && <p>没有符合条件的通知。</p>}
        {page && items.length > 0 && (
          <>
            <div class="table-scroll">
              <table class="data-table notification-table">
                <thead>
                  <tr>
                    <th scope="col">计划时间</th>
                    <th scope="col">类型</th>
                    <th scope="col">收件人</th>
                    <th scope="col">渠道</th>
                    <th scope="col">状态</th>
                    <th scope="col">标题</th>
                    <th scope="col">操作</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((n) => (
                    <tr key={n.id}>
                      <td>{formatDateTime(n.dueAt)}</td>
                      <td>{RULE_NAMES[n.rule] ?? n.rule}</td>
                      <td>{n.recipientName}</td>
                      <td>{CHANNEL_NAMES[n.channel] ?? n.channel}</td>
                      <td>
                        {NOTIFY_STATUS_NAMES[n.status] ?? n.status}
                        {n.attempts > 1 && `（第 ${n.attempts} 次）`}
                        {n.lastError && n.status !== 'sent' && (
                          <div class="error-text small">{n.lastError}</div>
                        )}
                      </td>
                      <td>{n.subject}</td>
                      <td>
                        <button
                          type="button"
                          aria-label={`${n.recipientName}的通知详情`}
                          onClick={() => setDetail(n.id)}
                        >
                          详情
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              offset={offset}
              shown={items.length}
              total={page.total}
              pageSize={PAGE_SIZE}
              unit="条"
              onOffset={setOffset}
            />
          </>
        )}
      </section>
      {detail && <NotificationDialog id={detail} onClose={() => setDetail(null)} />}
    </section>
  );
}
