import { useT } from '../../i18n/i18n';
import { MentorsSection } from '../mentors/MentorsSection';

/** The Council's screen: mentor accountability now; dossiers and alumni decisions arrive later. */
export function CouncilView() {
  const t = useT();
  return (
    <section aria-labelledby="council-title">
      <h1 id="council-title">{t('nav-council')}</h1>
      <MentorsSection />
      <p className="muted">{t('later-body', { what: t('later-council') })}</p>
    </section>
  );
}
