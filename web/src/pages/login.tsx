import { useState } from 'preact/hooks';
import { api, errorText, setToken } from '../api/client.js';
import type { LoginResult } from '../api/types.js';
import { Alert } from '../ui/common.js';
import { InputField } from '../ui/form.js';

interface Props {
  notice: string | null;
  onSignedIn: () => Promise<void>;
}

export function LoginPage({ notice, onSignedIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api<LoginResult>('/auth/login', {
        method: 'POST',
        body: { username: username.trim(), password },
      });
      setToken(res.accessToken, res.expiresAt);
      await onSignedIn();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <main class="login" id="main">
      <form class="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">领导接访排班系统</h1>
        <p class="muted">请使用单位分配的账号登录</p>
        {notice && !error && <Alert kind="info">{notice}</Alert>}
        {error && <Alert kind="error">{error}</Alert>}
        <InputField
          label="用户名"
          name="username"
          autoComplete="username"
          required
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
        />
        <InputField
          label="密码"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  );
}
