import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsStudy } from '../../../../shared/api';
import type { ChartId } from '../../../../shared/insights/study';
import { useT } from '../../i18n/i18n';
import { ChartCard, SmallSample } from './ChartCard';
import { reasonColor, SMALL_FILL, SMALL_STROKE, TICK } from './chart-style';
import { useLabels } from './labels';

type Causes = InsightsStudy['causes'];
type Group = Causes['byQuarter'][number];

/** Leading causes of attrition: overall, by quarter, by region and by area. */
export function CausesSection({ causes }: { causes: Causes }) {
  const t = useT();
  const l = useLabels();
  const reasons = causes.reasons.map((r) => r.reason);
  const overall = causes.reasons.map((r) => ({ name: l.reason(r.reason), reps: r.reps }));
  return (
    <section className="insights-section" aria-labelledby="insights-causes-title">
      <h2 id="insights-causes-title">{t('insights-causes-title')}</h2>
      <p className="lead">
        {t('insights-causes-summary', { lost: causes.repsLost, inactive: causes.wentInactive, alumni: causes.becameAlumni, withReason: causes.withReason })}
      </p>
      <div className="insights-grid">
        <ChartCard
          chart="causes"
          title={t('insights-chart-causes')}
          smallSampleN={causes.smallSample ? causes.repsLost : null}
          empty={causes.reasons.length === 0}
          figure={
            <ResponsiveContainer width="100%" height={48 + 30 * overall.length}>
              <BarChart data={overall} layout="vertical" margin={{ left: 8, right: 24 }}>
                <CartesianGrid horizontal={false} stroke="#eeece6" />
                <XAxis type="number" allowDecimals={false} tick={TICK} />
                <YAxis type="category" dataKey="name" width={190} tick={TICK} />
                <Tooltip />
                <Bar dataKey="reps" name={t('insights-col-reps')} isAnimationActive={false}>
                  {causes.reasons.map((r) => (
                    <Cell key={r.reason} fill={causes.smallSample ? SMALL_FILL : reasonColor(r.reason, reasons)} stroke={causes.smallSample ? SMALL_STROKE : undefined} />
                  ))}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <table className="data-table insights-table">
              <caption>{t('insights-chart-causes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights-col-reason')}</th>
                  <th scope="col">{t('insights-col-reps')}</th>
                  <th scope="col">{t('insights-col-share-mentions')}</th>
                  <th scope="col">{t('insights-col-share-lost')}</th>
                </tr>
              </thead>
              <tbody>
                {causes.reasons.map((r) => (
                  <tr key={r.reason}>
                    <th scope="row">{l.reason(r.reason)}</th>
                    <td>{r.reps}</td>
                    <td>{l.percent(r.share)}</td>
                    <td>{l.percent(r.repShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <GroupsCard chart="causes-by-quarter" title={t('insights-chart-causes-by-quarter')} groupLabel={t('insights-col-quarter')} groups={causes.byQuarter} reasons={reasons} name={(k) => k} />
        <GroupsCard chart="causes-by-region" title={t('insights-chart-causes-by-region')} groupLabel={t('insights-col-country')} groups={causes.byRegion} reasons={reasons} name={(k) => k} />
        <GroupsCard chart="causes-by-area" title={t('insights-chart-causes-by-area')} groupLabel={t('insights-col-area')} groups={causes.byArea} reasons={reasons} name={l.area} />
      </div>
    </section>
  );
}

interface GroupsCardProps {
  chart: ChartId;
  title: string;
  groupLabel: string;
  groups: Group[];
  reasons: string[];
  name(key: string): string;
}

/** Reasons stacked per group (quarter, country or area); the table gives counts and sample sizes. */
function GroupsCard({ chart, title, groupLabel, groups, reasons, name }: GroupsCardProps) {
  const t = useT();
  const l = useLabels();
  const data = groups.map((g) => ({ name: name(g.key), ...Object.fromEntries(g.reasons.map((r) => [r.reason, r.reps])) }));
  return (
    <ChartCard
      chart={chart}
      title={title}
      empty={groups.length === 0}
      figure={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ left: 0, right: 16 }}>
            <CartesianGrid vertical={false} stroke="#eeece6" />
            <XAxis dataKey="name" tick={TICK} interval={0} angle={groups.length > 6 ? -30 : 0} textAnchor={groups.length > 6 ? 'end' : 'middle'} height={groups.length > 6 ? 70 : 30} />
            <YAxis allowDecimals={false} tick={TICK} />
            <Tooltip />
            <Legend />
            {reasons.map((r) => (
              <Bar key={r} dataKey={r} name={l.reason(r)} stackId="reasons" fill={reasonColor(r, reasons)} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table insights-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              <th scope="col">{t('insights-col-lost')}</th>
              {reasons.map((r) => (
                <th scope="col" key={r}>
                  {l.reason(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} className={g.smallSample ? 'insights-row-small' : undefined}>
                <th scope="row">
                  {name(g.key)} {g.smallSample && <SmallSample n={g.repsLost} />}
                </th>
                <td>{g.repsLost}</td>
                {reasons.map((r) => (
                  <td key={r}>{g.reasons.find((x) => x.reason === r)?.reps ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
