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
import { Alert, Loading } from '../../ui/common.js';
import { FilterBar } from '../../ui/filter-bar.js';
import { InputField, NamedButton, NameOptions, SelectField } from '../../ui/form.js';
import { pageQuery } from '../../ui/paged-list.js';
import { DataTable, PagedTable } from '../../ui/table.js';
import { usePagedList } from '../../ui/use-paged-list.js';
import { NotificationDialog } from './notification-dialog.js';
import { CHANNEL_NAMES, NOTIFY_STATUS_NAMES, RULE_NAMES } from './notify-labels.js';

const PAGE_SIZE = 50;

type Filters = {
  status: NotificationStatus | '';
  channel: ChannelKind | '';
  rule: NotificationRule | '';
  from: string;
  to: string;
};

const EMPTY: Filters = { status: '', channel: '', rule: '', from: '', to: '' };

/** 提醒: what went out or will, the dead letters with their last error, and a retry. */
export function NotificationsPage() {
  const { me } = useSigned();
  const canRetry = me.role === 'admin' || me.role === 'office';
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [detail, setDetail] = useState<string | null>(null);
  const failed = (text: string) => setMessage({ kind: 'error', text });

  const retry = async (n: NotificationView) => {
    setMessage(null);
    try {
      await api(`/notifications/${n.id}/retry`, { method: 'POST' });
      setMessage({ kind: 'success', text: `已重新发送给 ${n.recipientName} 的通知。` });
    } catch (err) {
      failed(errorText(err));
    }
    setRefresh((x) => x + 1);
  };

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
      <DeadLetters
        refresh={refresh}
        onRetry={canRetry ? retry : undefined}
        onDetail={setDetail}
        onError={failed}
      />
      <AllNotifications refresh={refresh} onDetail={setDetail} onError={failed} />
      {detail && <NotificationDialog id={detail} onClose={() => setDetail(null)} />}
    </section>
  );
}

/** The notifications that could not be sent, each with its details and (`onRetry`) a retry. */
function DeadLetters(props: {
  refresh: number;
  onRetry?: (n: NotificationView) => void;
  onDetail: (id: string) => void;
  onError: (text: string) => void;
}) {
  const { onRetry } = props;
  const [dead, setDead] = useState<NotificationPage | null>(null);
  useEffect(() => {
    api<NotificationPage>(`/notifications?${pageQuery({ ...EMPTY, status: 'dead' }, 100, 0)}`)
      .then(setDead)
      .catch((err: unknown) => props.onError(errorText(err)));
  }, [props.refresh]);

  return (
    <section class="panel" aria-labelledby="dead-title">
      <h2 id="dead-title">发送失败的通知{dead ? `（${dead.total} 条）` : ''}</h2>
      {!dead && <Loading />}
      {dead && dead.items.length === 0 && <p>没有发送失败的通知。</p>}
      {dead && dead.items.length > 0 && (
        <DataTable
          class="dead-table"
          columns={['计划时间', '类型', '收件人', '渠道', '尝试次数', '最后错误', '操作']}
        >
          {dead.items.map((n) => (
            <tr key={n.id}>
              <Addressed n={n} />
              <td>{n.attempts}</td>
              <td class="error-text">{n.lastError ?? '—'}</td>
              <td>
                <div class="row-actions">
                  <NamedButton
                    name={`${n.recipientName}的失败通知详情`}
                    onClick={() => props.onDetail(n.id)}
                  >
                    详情
                  </NamedButton>
                  {onRetry && (
                    <NamedButton
                      name={`重新发送给 ${n.recipientName} 的通知`}
                      onClick={() => onRetry(n)}
                    >
                      重发
                    </NamedButton>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Every notification, filtered and a page at a time. */
function AllNotifications(props: {
  refresh: number;
  onDetail: (id: string) => void;
  onError: (text: string) => void;
}) {
  const [form, setForm] = useState<Filters>(EMPTY);
  const list = usePagedList<NotificationView, Filters>({
    path: '/notifications',
    initial: EMPTY,
    pageSize: PAGE_SIZE,
    deps: [props.refresh],
    clearWhileLoading: true,
  });
  useEffect(() => {
    if (list.error) props.onError(list.error);
  }, [list.error]);

  const set = (k: keyof Filters) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  return (
    <section class="panel" aria-labelledby="all-title">
      <h2 id="all-title">全部通知</h2>
      <FilterBar
        label="筛选通知"
        onApply={() => list.filter(form)}
        onClear={() => {
          setForm(EMPTY);
          list.filter(EMPTY);
        }}
      >
        <SelectField label="状态" value={form.status} onChange={set('status')}>
          <NameOptions names={NOTIFY_STATUS_NAMES} blank="全部" />
        </SelectField>
        <SelectField label="类型" value={form.rule} onChange={set('rule')}>
          <NameOptions names={RULE_NAMES} blank="全部" />
        </SelectField>
        <SelectField label="渠道" value={form.channel} onChange={set('channel')}>
          <NameOptions names={CHANNEL_NAMES} blank="全部" />
        </SelectField>
        <InputField label="计划日期自" type="date" value={form.from} onChange={set('from')} />
        <InputField label="至" type="date" value={form.to} onChange={set('to')} />
      </FilterBar>
      <PagedTable
        list={list}
        quietErrors
        empty="没有符合条件的通知。"
        class="notification-table"
        columns={['计划时间', '类型', '收件人', '渠道', '状态', '标题', '操作']}
        row={(n) => (
          <tr key={n.id}>
            <Addressed n={n} />
            <td>
              {NOTIFY_STATUS_NAMES[n.status] ?? n.status}
              {n.attempts > 1 && `（第 ${n.attempts} 次）`}
              {n.lastError && n.status !== 'sent' && (
                <div class="error-text small">{n.lastError}</div>
              )}
            </td>
            <td>{n.subject}</td>
            <td>
              <NamedButton
                name={`${n.recipientName}的通知详情`}
                onClick={() => props.onDetail(n.id)}
              >
                详情
              </NamedButton>
            </td>
          </tr>
        )}
        pageSize={PAGE_SIZE}
        unit="条"
      />
    </section>
  );
}

/** A notification's first cells: when it is due, what kind, to whom, by which channel. */
function Addressed({ n }: { n: NotificationView }) {
  return (
    <>
      <td>{formatDateTime(n.dueAt)}</td>
      <td>{RULE_NAMES[n.rule] ?? n.rule}</td>
      <td>{n.recipientName}</td>
      <td>{CHANNEL_NAMES[n.channel] ?? n.channel}</td>
    </>
  );
}
