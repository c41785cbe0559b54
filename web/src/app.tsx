import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, errorText, forgetToken, hasToken, whenExpired } from './api/client.js';
import type { Me, Unit } from './api/types.js';
import {
  canConfirmHolidays,
  canSeeNotifications,
  isOfficeStaff,
  menuFor,
  SignedContext,
  type Signed,
} from './auth.js';
import { ROLE_NAMES } from './labels.js';
import { LoginPage } from './pages/login.js';
import { AvailabilityPage } from './pages/leaders/availability-page.js';
import { LeadersPage } from './pages/leaders/leaders-page.js';
import { LeaderPage } from './pages/roster/leader-page.js';
import { RosterPage } from './pages/roster/roster-page.js';
import { SpecialPeriodsPage } from './pages/special-periods.js';
import { StatsPage } from './pages/stats.js';
import { linkClick, navigate, useLocation } from './router.js';
import { Alert, Loading } from './ui/common.js';
import { lazyPage } from './ui/lazy.js';

// Pages most visits never open are loaded on demand, each in its own chunk.
const CasesPage = lazyPage(() => import('./pages/cases/cases-page.js').then((m) => m.CasesPage));
const HolidaysPage = lazyPage(() =>
  import('./pages/holidays/holidays-page.js').then((m) => m.HolidaysPage),
);
const UnitHolidaysPage = lazyPage(() =>
  import('./pages/holidays/unit-holidays-page.js').then((m) => m.UnitHolidaysPage),
);
const HallPage = lazyPage(() => import('./pages/hall/hall-page.js').then((m) => m.HallPage));
const ReportPage = lazyPage(() => import('./pages/hall/report-page.js').then((m) => m.ReportPage));
const BriefingPage = lazyPage(() =>
  import('./pages/hall/briefing-page.js').then((m) => m.BriefingPage),
);
const FeedsPage = lazyPage(() => import('./pages/feeds/feeds-page.js').then((m) => m.FeedsPage));
const NotificationsPage = lazyPage(() =>
  import('./pages/notifications/notifications-page.js').then((m) => m.NotificationsPage),
);

async function loadSigned(): Promise<Signed> {
  const me = await api<Me>('/auth/me');
  const unit = await api<Unit>(`/units/${me.unitId}`);
  return { me, unit };
}

export function App() {
  const [signed, setSigned] = useState<Signed | null>(null);
  const [checking, setChecking] = useState(hasToken());
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    whenExpired(() => {
      setSigned(null);
      setNotice('登录已过期，请重新登录');
    });
    if (!hasToken()) return;
    loadSigned()
      .then(setSigned)
      .catch((err: unknown) => setNotice(errorText(err)))
      .finally(() => setChecking(false));
  }, []);

  if (checking) return <Loading text="正在进入系统…" />;
  if (!signed) {
    return (
      <LoginPage
        notice={notice}
        onSignedIn={async () => {
          const s = await loadSigned();
          setNotice(null);
          setSigned(s);
          const path = window.location.pathname;
          if (path === '/' || path === '/login') navigate(menuFor(s.me)[0].path, true);
        }}
      />
    );
  }
  return (
    <SignedContext.Provider value={signed}>
      <Shell
        signed={signed}
        onSignOut={() => {
          forgetToken();
          setSigned(null);
          navigate('/login', true);
        }}
      />
    </SignedContext.Provider>
  );
}

function Shell({ signed, onSignOut }: { signed: Signed; onSignOut: () => void }) {
  const loc = useLocation();
  const menu = menuFor(signed.me);
  useEffect(() => {
    if (loc.path === '/' || loc.path === '/login') navigate(menu[0].path, true);
  }, [loc.path]);
  const page = route(loc.path, loc.query, signed);
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        跳到正文
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-name">领导接访排班</span>
          <span class="brand-unit">{signed.unit.name}</span>
        </div>
        <nav aria-label="主菜单" class="menu">
          <ul>
            {menu.map((item) => (
              <li key={item.path}>
                <a
                  href={item.path}
                  aria-current={loc.path.startsWith(item.path) ? 'page' : undefined}
                  onClick={(e) => linkClick(e, item.path)}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="user">
          <span class="user-name">
            {signed.me.username}（{ROLE_NAMES[signed.me.role]}）
          </span>
          <button type="button" class="link-button" onClick={onSignOut}>
            退出登录
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </div>
  );
}

/** The pages office staff (isOfficeStaff) open by path. */
const OFFICE_PAGES = new Map<string, (query: URLSearchParams) => JSX.Element>([
  ['/leaders', () => <LeadersPage />],
  ['/special-periods', (query) => <SpecialPeriodsPage query={query} />],
  ['/stats', (query) => <StatsPage query={query} />],
  ['/hall', (query) => <HallPage query={query} />],
  ['/report', (query) => <ReportPage query={query} />],
  ['/priority-cases', (query) => <CasesPage query={query} />],
]);

function route(path: string, query: URLSearchParams, signed: Signed) {
  const availability = /^\/leaders\/([0-9a-f-]{36})\/availability$/.exec(path);
  if (availability) return <AvailabilityPage leaderId={availability[1]} query={query} />;
  const role = signed.me.role;
  const officePage = OFFICE_PAGES.get(path);
  if (officePage && isOfficeStaff(role)) return officePage(query);
  switch (path) {
    case '/':
    case '/login':
      return null;
    case '/roster':
      if (role === 'leader') return <LeaderPage query={query} />;
      return <RosterPage query={query} />;
    case '/holidays':
      if (canConfirmHolidays(role)) return <HolidaysPage query={query} />;
      if (role === 'office') return <UnitHolidaysPage query={query} />;
      break;
    case '/notifications':
      if (canSeeNotifications(role)) return <NotificationsPage />;
      break;
    case '/briefing':
      if (role === 'leader') return <BriefingPage />;
      break;
    case '/feeds':
      return <FeedsPage />;
  }
  return <Alert kind="warning">没有这个页面，或您的账号无权查看。请从上方菜单选择。</Alert>;
}
