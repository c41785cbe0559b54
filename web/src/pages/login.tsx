import { api, setToken } from '../api/client.js';
import type { LoginResult } from '../api/types.js';
import { Alert } from '../ui/common.js';
import { InputField } from '../ui/form.js';
import { useForm } from '../ui/use-form.js';

interface Props {
  notice: string | null;
  onSignedIn: () => Promise<void>;
}

export function LoginPage({ notice, onSignedIn }: Props) {
  const { form, named, error, busy, submitting } = useForm({ username: '', password: '' });

  const submit = submitting(async () => {
    const res = await api<LoginResult>('/auth/login', {
      method: 'POST',
      body: { username: form.username.trim(), password: form.password },
    });
    setToken(res.accessToken, res.expiresAt);
    await onSignedIn();
  });

  return (
    <main class="login" id="main">
      <form class="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">领导接访排班系统</h1>
        <p class="muted">请使用单位分配的账号登录</p>
        {notice && !error && <Alert kind="info">{notice}</Alert>}
        {error && <Alert kind="error">{error}</Alert>}
        <InputField label="用户名" autoComplete="username" required {...named('username')} />
        <InputField
          label="密码"
          type="password"
          autoComplete="current-password"
          required
          {...named('password')}
        />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  );
}
