// The app shell: header with the main navigation, search, planner sign-in and language toggle; the
// chosen view; the details panel (?item=…) beside it; the editor dialog; the status footer.
import { lazy, Suspense, useState } from 'react';
import { hrefWith, navigate, useSearchParams } from './app/url';
import { EntityPicker } from './components/EntityPicker';
import { Loading } from './components/QueryState';
import { DetailsPanel } from './features/details/DetailsPanel';
import { DeleteDialog } from './features/editor/DeleteDialog';
import { EditorDialog, type EditorTarget } from './features/editor/EditorDialog';
import { PlannerSignIn } from './features/editor/PlannerSignIn';
import { HealthPanel } from './features/health/HealthPanel';
import { useI18n } from './i18n/I18nProvider';
import type { MessageKey } from './i18n/messages';
import type { DeleteTarget } from './shared/history/deleteTarget';
import { UndoToast } from './shared/history/UndoToast';

// The heavy views load on demand, so the first paint of any one of them is not held up by the others.
const TimelineView = lazy(() =>
  import('./features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const GraphView = lazy(() => import('./features/graph/GraphView').then((m) => ({ default: m.GraphView })));
const ImpactView = lazy(() =>
  import('./features/impact/ImpactView').then((m) => ({ default: m.ImpactView })),
);
// The scenarios feature is composed into the impact view here, so neither feature imports the other.
const ScenarioTools = lazy(() =>
  import('./features/scenarios/Scenarios').then((m) => ({ default: m.ScenarioTools })),
);
const ScenarioCompare = lazy(() =>
  import('./features/scenarios/Scenarios').then((m) => ({ default: m.ScenarioCompare })),
);
const YearAgendaView = lazy(() =>
  import('./features/year-agenda/YearAgendaView').then((m) => ({ default: m.YearAgendaView })),
);
const DependencyReportView = lazy(() =>
  import('./features/dependencies/DependencyReportView').then((m) => ({ default: m.DependencyReportView })),
);
const ChangesView = lazy(() =>
  import('./features/changes/ChangesView').then((m) => ({ default: m.ChangesView })),
);
const BaselinesView = lazy(() =>
  import('./features/baselines/BaselinesView').then((m) => ({ default: m.BaselinesView })),
);

export const VIEWS = ['timeline', 'graph', 'impact', 'dependencies', 'year', 'baselines', 'changes'] as const;
export type ViewName = (typeof VIEWS)[number];
const NAV_KEYS: Record<ViewName, MessageKey> = {
  timeline: 'navTimeline',
  graph: 'navGraph',
  impact: 'navImpact',
  dependencies: 'navDependencies',
  year: 'navYear',
  baselines: 'navBaselines',
  changes: 'navChanges',
};

export function readView(params: URLSearchParams): ViewName {
  const view = params.get('view');
  return (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : 'timeline';
}

export function App() {
  const { t, locale, setLocale } = useI18n();
  const params = useSearchParams();
  const view = readView(params);
  const item = params.get('item');
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>{t.appTitle}</h1>
        </div>
        <nav aria-label={t.mainNav}>
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a
                  href={hrefWith({ view: v === 'timeline' ? null : v })}
                  aria-current={v === view ? 'page' : undefined}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                    e.preventDefault();
                    navigate({ view: v === 'timeline' ? null : v });
                  }}
                >
                  {t[NAV_KEYS[v]]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <EntityPicker
            label={t.searchLabel}
            placeholder={t.searchPlaceholder}
            hideLabel
            onPick={(hit) => navigate({ item: hit.id })}
            testId="global-search"
          />
          <PlannerSignIn onNew={(kind) => setEditor({ kind, id: null })} />
          <button
            type="button"
            aria-label={t.languageToggleLabel}
            lang={locale === 'nb' ? 'en' : 'nb'}
            onClick={() => setLocale(locale === 'nb' ? 'en' : 'nb')}
          >
            {t.languageToggle}
          </button>
        </div>
      </header>
      <div className={item ? 'workspace with-details' : 'workspace'}>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            {view === 'timeline' && <TimelineView />}
            {view === 'graph' && <GraphView />}
            {view === 'impact' && (
              <ImpactView scenarioTools={<ScenarioTools />} scenarioComparison={<ScenarioCompare />} />
            )}
            {view === 'dependencies' && <DependencyReportView />}
            {view === 'year' && <YearAgendaView />}
            {view === 'baselines' && <BaselinesView />}
            {view === 'changes' && <ChangesView />}
          </Suspense>
        </main>
        {item && (
          <DetailsPanel
            key={item}
            id={item}
            onEdit={(id, typename) =>
              setEditor({ kind: typename === 'Milestone' ? 'milestone' : 'initiative', id })
            }
            onDelete={setDeleting}
          />
        )}
      </div>
      {editor && <EditorDialog target={editor} onClose={() => setEditor(null)} />}
      {deleting && <DeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
      <UndoToast />
      <footer className="footer">
        <HealthPanel />
        <span className="muted">{t.appSubtitle}</span>
      </footer>
    </div>
  );
}
