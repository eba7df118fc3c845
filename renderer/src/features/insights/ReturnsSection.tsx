import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { InsightsStudy } from '../../../../shared/api';
import { useT } from '../../i18n/i18n';
import { ChartCard, SmallSample } from './ChartCard';
import { colorOf, SMALL_FILL, SMALL_STROKE, TICK } from './chart-style';
import { useLabels } from './labels';

type Returns = InsightsStudy['returns'];
type RateRow = Returns['byReason'][number];
const DIMENSIONS = ['reason', 'interaction', 'area', 'coach'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** What brings people back: return rates with Wilson intervals, retention after return, paths back. */
export function ReturnsSection({ returns }: { returns: Returns }) {
  const t = useT();
  const l = useLabels();
  const [dimension, setDimension] = useState<Dimension>('reason');
  const rows: Record<Dimension, RateRow[]> = { reason: returns.byReason, interaction: returns.byInteraction, area: returns.byArea, coach: returns.byCoach };
  const name = (d: Dimension, r: RateRow) => (d === 'reason' ? l.reason(r.key) : d === 'interaction' ? l.interaction(r.key) : d === 'area' ? l.area(r.key) : r.label);
  const shown = rows[dimension];
  const pct = (x: number | null) => (x === null ? 0 : Math.round(x * 1000) / 10);
  const bars = shown.map((r) => ({
    name: r.smallSample ? t('insights-axis-small', { name: name(dimension, r), n: r.n }) : t('insights-axis-n', { name: name(dimension, r), n: r.n }),
    rate: pct(r.rate),
    interval: [pct(r.rate) - pct(r.low), pct(r.high) - pct(r.rate)],
    small: r.smallSample,
  }));
  const o = returns.overall;
  const curveName = (key: string) => (key === 'all' ? t('insights-curve-all') : l.interaction(key));
  const lr = returns.soloVsOther;
  return (
    <section className="insights-section" aria-labelledby="insights-returns-title">
      <h2 id="insights-returns-title">{t('insights-returns-title')}</h2>
      <p className="lead">
        {t('insights-returns-summary', { completed: returns.completed, pending: returns.pending, days: returns.windowDays })}{' '}
        {o.n > 0 && t('insights-returns-overall', { rate: l.percent(o.rate), low: l.percent(o.low), high: l.percent(o.high), n: o.n })}{' '}
        {o.smallSample && <SmallSample n={o.n} />}
      </p>
      <div className="insights-grid">
        <ChartCard
          chart="return-rates"
          title={t('insights-chart-return-rates')}
          description={<p className="muted small">{t('insights-return-rates-help', { days: returns.windowDays })}</p>}
          empty={returns.completed - returns.pending === 0}
          controls={
            <fieldset className="insights-segmented">
              <legend>{t('insights-breakdown')}</legend>
              {DIMENSIONS.map((d) => (
                <label key={d} className="check">
                  <input type="radio" name="insights-dimension" value={d} checked={dimension === d} onChange={() => setDimension(d)} />
                  {t(`insights-by-${d}`)}
                </label>
              ))}
            </fieldset>
          }
          figure={
            <ResponsiveContainer width="100%" height={48 + 34 * Math.max(bars.length, 1)}>
              <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 32 }}>
                <CartesianGrid horizontal={false} stroke="#eeece6" />
                <XAxis type="number" domain={[0, 100]} unit="%" tick={TICK} />
                <YAxis type="category" dataKey="name" width={230} tick={TICK} />
                <Tooltip />
                <Bar dataKey="rate" name={t('insights-col-rate')} isAnimationActive={false}>
                  {bars.map((b) => (
                    <Cell key={b.name} fill={b.small ? SMALL_FILL : '#15803d'} stroke={b.small ? SMALL_STROKE : undefined} strokeDasharray={b.small ? '4 3' : undefined} />
                  ))}
                  <ErrorBar dataKey="interval" direction="x" width={6} strokeWidth={1.5} stroke="#1f2328" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          }
          table={
            <table className="data-table insights-table">
              <caption>{t('insights-chart-return-rates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(`insights-by-${dimension}`)}</th>
                  <th scope="col">{t('insights-col-n')}</th>
                  <th scope="col">{t('insights-col-returned')}</th>
                  <th scope="col">{t('insights-col-rate')}</th>
                  <th scope="col">{t('insights-col-interval')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.key} className={r.smallSample ? 'insights-row-small' : undefined}>
                    <th scope="row">
                      {name(dimension, r)} {r.smallSample && <SmallSample n={r.n} />}
                    </th>
                    <td>{r.n}</td>
                    <td>{r.k}</td>
                    <td>{l.percent(r.rate)}</td>
                    <td>{t('insights-interval', { low: l.percent(r.low), high: l.percent(r.high) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartCard
          chart="retention"
          title={t('insights-chart-retention')}
          description={
            <p className="muted small">
              {t('insights-retention-help')}{' '}
              {lr.pValue !== null && t('insights-logrank', { p: l.number(lr.pValue) })} {lr.pValue !== null && lr.smallSample && <SmallSample n={returns.retention.find((c) => c.key === 'solo')?.n ?? 0} />}
            </p>
          }
          empty={returns.retention.every((c) => c.n === 0)}
          figure={
            <ResponsiveContainer width="100%" height={260}>
              <LineChart margin={{ left: 0, right: 16, top: 8 }}>
                <CartesianGrid stroke="#eeece6" />
                <XAxis type="number" dataKey="time" unit={t('insights-days-unit')} tick={TICK} domain={[0, 'dataMax']} />
                <YAxis unit="%" domain={[0, 100]} tick={TICK} />
                <Tooltip />
                <Legend />
                {returns.retention.map((c, i) => (
                  <Line
                    key={c.key}
                    data={[{ time: 0, survival: 100 }, ...c.steps.map((s) => ({ time: s.time, survival: Math.round(s.survival * 1000) / 10 }))]}
                    dataKey="survival"
                    name={c.smallSample ? t('insights-axis-small', { name: curveName(c.key), n: c.n }) : t('insights-axis-n', { name: curveName(c.key), n: c.n })}
                    type="stepAfter"
                    stroke={colorOf(i)}
                    strokeWidth={c.key === 'all' ? 2.5 : 1.5}
                    strokeDasharray={c.smallSample ? '5 4' : undefined}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          }
          table={
            <table className="data-table insights-table">
              <caption>{t('insights-chart-retention')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights-col-curve')}</th>
                  <th scope="col">{t('insights-col-n')}</th>
                  <th scope="col">{t('insights-col-events')}</th>
                  <th scope="col">{t('insights-col-censored')}</th>
                  <th scope="col">{t('insights-col-median')}</th>
                  {returns.retention[0]?.retainedAt.map((m) => (
                    <th scope="col" key={m.days}>
                      {t('insights-col-retained-at', { days: m.days })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {returns.retention.map((c) => (
                  <tr key={c.key} className={c.smallSample ? 'insights-row-small' : undefined}>
                    <th scope="row">
                      {curveName(c.key)} {c.smallSample && <SmallSample n={c.n} />}
                    </th>
                    <td>{c.n}</td>
                    <td>{c.events}</td>
                    <td>{c.censored}</td>
                    <td>{c.median === null ? t('insights-not-reached') : t('insights-days', { n: c.median })}</td>
                    {c.retainedAt.map((m) => (
                      <td key={m.days}>{l.percent(m.survival)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
      <ChartCard
        chart="paths"
        title={t('insights-chart-paths')}
        description={<p className="muted small">{t('insights-paths-help', { inactive: returns.cameBack.fromInactive, alumni: returns.cameBack.fromAlumni })}</p>}
        empty={returns.paths.length === 0}
        table={
          <table className="data-table insights-table insights-paths">
            <caption>{t('insights-chart-paths')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights-col-from')}</th>
                <th scope="col">{t('insights-col-path')}</th>
                <th scope="col">{t('insights-col-reps')}</th>
                <th scope="col">{t('insights-col-share')}</th>
              </tr>
            </thead>
            <tbody>
              {returns.paths.map((p) => (
                <tr key={`${p.from}:${p.path}`} className={p.smallSample ? 'insights-row-small' : undefined}>
                  <td>{l.from(p.from)}</td>
                  <th scope="row">{p.steps.map(l.step).join(' → ')}</th>
                  <td>{p.reps}</td>
                  <td>
                    {l.percent(p.share)} {p.smallSample && <SmallSample n={p.from === 'alumni' ? returns.cameBack.fromAlumni : returns.cameBack.fromInactive} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
