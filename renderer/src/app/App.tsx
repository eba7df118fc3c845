import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ErrorList } from '../components/ErrorList';
import { Notices } from '../components/Notices';
import { CouncilView } from '../features/council/CouncilView';
import { CatalogView } from '../features/catalog/CatalogView';
import { CoachesView } from '../features/coaches/CoachesView';
import { EngagementsView } from '../features/engagements/EngagementsView';
import { MatchView } from '../features/match/MatchView';
import { RepsView } from '../features/reps/RepsView';
import { SettingsView } from '../features/settings/SettingsView';
import { ConflictsView } from '../features/sync/ConflictsView';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { useFollowSync, useSync } from '../features/sync/sync-store';
import { TodayView } from '../features/today/TodayView';
import { I18nProvider, useT } from '../i18n/i18n';
import { hrefFor, SCREENS, useRoute, type Route } from './route';
import { useFollowChanges } from './changes-store';
import { useClock } from './clock-store';
import { useSettings } from './settings-store';

// The study's charts (recharts and d3) are most of the bundle; load them when Insights is opened.
const InsightsView = lazy(async () => ({ default: (await import('../features/insights/InsightsView')).InsightsView }));

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'today':
      return <TodayView />;
    case 'reps':
      return <RepsView selectedId={route.param} />;
    case 'catalog':
      return <CatalogView selectedId={route.param} />;
    case 'coaches':
      return <CoachesView />;
    case 'match':
      return <MatchView param={route.param} />;
    case 'engagements':
      return <EngagementsView selectedId={route.param} />;
    case 'settings':
      return <SettingsView />;
    case 'council':
      return <CouncilView selectedId={route.param} />;
    case 'insights':
      return <InsightsView />;
    case 'conflicts':
      return <ConflictsView />;
  }
}

function Frame() {
  const t = useT();
  const route = useRoute();
  const user = useSettings((s) => s.settings?.currentUser);
  const conflicts = useSync((s) => s.status?.conflicts ?? 0);
  useFollowChanges();
  useFollowSync();
  // "Sync conflicts" is in the menu only while there are some (or while it is open, so it does not vanish under the person).
  const screens = SCREENS.filter((s) => s !== 'conflicts' || conflicts > 0 || route.screen === 'conflicts');
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skip-to-content')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app-title')}</span>
          <span className="brand-tagline">{t('app-tagline')}</span>
        </div>
        <SyncIndicator />
        {user && <span className="whoami">{t('nav-signed-in', { name: user.name, role: user.role })}</span>}
      </header>
      <nav className="app-nav" aria-label={t('nav-label')}>
        <ul>
          {screens.map((s) => (
            <li key={s}>
              <a href={hrefFor(s)} aria-current={route.screen === s ? 'page' : undefined}>
                {s === 'conflicts' ? t('nav-conflicts', { count: conflicts }) : t(`nav-${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Asked again on each screen: housekeeping after start (the day's backup) can add one. */}
        <Notices key={route.screen} />
        <ErrorList />
        <ErrorBoundary resetKey={route.screen}>
          <Suspense fallback={<p>{t('loading')}</p>}>
            <Screen route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

export function App() {
  const { settings, loadError, load } = useSettings();
  useEffect(() => {
    void load();
  }, [load]);
  const locale = settings?.language ?? 'en-US';
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    const refresh = () => void useClock.getState().refresh();
    const timer = setInterval(refresh, 60_000);
    window.addEventListener('focus', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return (
    <I18nProvider locale={locale}>
      {loadError && !settings ? <StartupError error={loadError} onRetry={load} /> : <Frame />}
    </I18nProvider>
  );
}

function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="panel error-panel">
      <h1>{t('error-title')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
