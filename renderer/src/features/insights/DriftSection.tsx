import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsStudy } from '../../../../shared/api';
import { useT } from '../../i18n/i18n';
import { ChartCard, SmallSample } from './ChartCard';
import { TICK } from './chart-style';
import { useInsights } from './insights-store';
import { useLabels, type Labels } from './labels';

type Indicators = InsightsStudy['indicators'];
type Signal = Indicators['drifting'][number]['signals'][number];
/** The list stays beside the chart at a glance; the rest is one click (and the CSV) away. */
const SHOWN = 6;

function signalText(s: Signal, l: Labels, t: ReturnType<typeof useT>): string {
  const args = { indicator: l.indicator(s.indicator), month: s.month };
  if (s.indicator === 'activity') return t('insights-signal-activity', { ...args, value: l.percent(s.value), reference: l.percent(s.reference) });
  if (s.indicator === 'stalled-engagements') return t('insights-signal-count', { ...args, value: s.value, reference: s.reference });
  return t('insights-signal-share', { ...args, value: l.percent(s.value), reference: l.percent(s.reference) });
}

/** Before a community loses Reps: who is drifting now, and each community's indicators over time. */
export function DriftSection({ indicators }: { indicators: Indicators }) {
  const t = useT();
  const l = useLabels();
  const { community, chooseCommunity } = useInsights();
  const [showAll, setShowAll] = useState(false);
  const selected = indicators.communities.find((c) => `${c.kind}:${c.key}` === community) ?? indicators.communities[0];
  const rules = indicators.rules;
  const points = (selected?.points ?? []).map((p) => ({
    ...p,
    atRiskPct: p.atRiskShare === null ? null : Math.round(p.atRiskShare * 100),
    inactiveMentorPct: p.inactiveMentorShare === null ? null : Math.round(p.inactiveMentorShare * 100),
  }));
  const regions = indicators.communities.filter((c) => c.kind === 'region');
  const areas = indicators.communities.filter((c) => c.kind === 'area');
  return (
    <section className="insights-section" aria-labelledby="insights-drift-title">
      <h2 id="insights-drift-title">{t('insights-drift-title')}</h2>
      <p className="lead">
        {t('insights-drift-rules', { ratio: l.percent(rules.activityRatio), rise: l.percent(rules.shareRise), months: rules.lookbackMonths, stalled: rules.minStalled })}
      </p>
      <div className="insights-grid">
        <ChartCard
          chart="indicators"
          title={selected ? t('insights-chart-indicators-for', { community: l.community(selected.kind, selected.key) }) : t('insights-chart-indicators')}
          smallSampleN={selected?.smallSample ? selected.members : null}
          empty={!selected || points.length === 0}
          controls={
            <label className="insights-inline-label">
              {t('insights-community')}
              <select value={selected ? `${selected.kind}:${selected.key}` : ''} onChange={(e) => chooseCommunity(e.target.value)}>
                <optgroup label={t('insights-kind-region-plural')}>
                  {regions.map((c) => (
                    <option key={c.key} value={`region:${c.key}`}>
                      {c.key}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('insights-kind-area-plural')}>
                  {areas.map((c) => (
                    <option key={c.key} value={`area:${c.key}`}>
                      {l.area(c.key)}
                    </option>
                  ))}
                </optgroup>
              </select>
            </label>
          }
          figure={
            <div className="insights-pair">
              <ResponsiveContainer width="100%" height={220}>
                <LineChart data={points} margin={{ left: 0, right: 16, top: 8 }}>
                  <CartesianGrid stroke="#eeece6" />
                  <XAxis dataKey="month" tick={TICK} />
                  <YAxis allowDecimals={false} tick={TICK} />
                  <Tooltip />
                  <Legend />
                  <Line type="monotone" dataKey="activity" name={t('insights-col-activity')} stroke="#c2410c" strokeWidth={2} dot={false} isAnimationActive={false} />
                  <Line type="monotone" dataKey="baseline" name={t('insights-col-baseline')} stroke="#5b6169" strokeDasharray="5 4" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
              <ResponsiveContainer width="100%" height={220}>
                <LineChart data={points} margin={{ left: 0, right: 16, top: 8 }}>
                  <CartesianGrid stroke="#eeece6" />
                  <XAxis dataKey="month" tick={TICK} />
                  <YAxis unit="%" domain={[0, 100]} tick={TICK} />
                  <Tooltip />
                  <Legend />
                  <Line type="monotone" dataKey="atRiskPct" name={t('insights-col-at-risk-share')} stroke="#b45309" strokeWidth={2} dot={false} isAnimationActive={false} />
                  <Line type="monotone" dataKey="inactiveMentorPct" name={t('insights-col-inactive-mentor-share')} stroke="#7e22ce" strokeWidth={2} dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          }
          table={
            <table className="data-table insights-table">
              <caption>{selected ? t('insights-chart-indicators-for', { community: l.community(selected.kind, selected.key) }) : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights-col-month')}</th>
                  <th scope="col">{t('insights-col-members')}</th>
                  <th scope="col">{t('insights-col-activity')}</th>
                  <th scope="col">{t('insights-col-baseline')}</th>
                  <th scope="col">{t('insights-col-ratio')}</th>
                  <th scope="col">{t('insights-col-at-risk-share')}</th>
                  <th scope="col">{t('insights-col-inactive-mentors')}</th>
                  <th scope="col">{t('insights-col-stalled')}</th>
                </tr>
              </thead>
              <tbody>
                {(selected?.points ?? []).map((p) => (
                  <tr key={p.month}>
                    <th scope="row">{p.month}</th>
                    <td>{p.members}</td>
                    <td>{p.activity}</td>
                    <td>{l.number(p.baseline)}</td>
                    <td>{l.percent(p.ratio)}</td>
                    <td>
                      {l.percent(p.atRiskShare)} ({p.atRisk})
                    </td>
                    <td>
                      {p.inactiveMentors} / {p.mentors}
                    </td>
                    <td>{p.stalledEngagements}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartCard
          chart="drifting"
          title={t('insights-chart-drifting')}
          empty={indicators.drifting.length === 0}
          table={
            <ul className="item-list insights-drifting" aria-label={t('insights-chart-drifting')}>
              {indicators.drifting.map((d, i) => (
                <li key={`${d.kind}:${d.key}`} hidden={!showAll && i >= SHOWN}>
                  <div className="insights-drifting-name">
                    <strong>{l.community(d.kind, d.key)}</strong>
                    <span className="tag">{t(`insights-kind-${d.kind}`)}</span>
                    <span className="muted">{t('insights-members', { n: d.members })}</span>
                    {d.smallSample && <SmallSample n={d.members} />}
                  </div>
                  <ul className="insights-signals">
                    {d.signals.map((s) => (
                      <li key={s.indicator}>{signalText(s, l, t)}</li>
                    ))}
                  </ul>
                  <button type="button" className="insights-link-button" onClick={() => chooseCommunity(`${d.kind}:${d.key}`)}>
                    {t('insights-show-over-time', { community: l.community(d.kind, d.key) })}
                  </button>
                </li>
              ))}
            </ul>
          }
          footer={
            indicators.drifting.length > SHOWN && (
              <button type="button" className="insights-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? t('insights-show-fewer') : t('insights-show-all', { n: indicators.drifting.length })}
              </button>
            )
          }
        />
      </div>
    </section>
  );
}
