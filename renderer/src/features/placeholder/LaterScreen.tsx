import { useT } from '../../i18n/i18n';

/** A plain word that this screen's feature is not built yet, instead of an empty page. */
export function LaterScreen({ screen }: { screen: 'catalog' | 'coaches' | 'match' | 'engagements' | 'council' | 'insights' }) {
  const t = useT();
  return (
    <section className="panel">
      <h1>{t('later-title', { screen: t(`nav-${screen}`) })}</h1>
      <p>{t('later-body', { what: t(`later-${screen}`) })}</p>
    </section>
  );
}
