import { issueLine } from '../api/issues';
import { useErrors } from '../app/errors-store';
import { useT } from '../i18n/i18n';

/** Failed calls, shown where the user will see them, each with the backend's own message. */
export function ErrorList() {
  const t = useT();
  const { errors, dismiss } = useErrors();
  if (errors.length === 0) return null;
  return (
    <div className="error-list" role="alert">
      {errors.map((e) => (
        <div key={e.id} className="error-item">
          <span>{t(e.code === 'CONFLICT' ? 'error-conflict' : 'error-call', { message: e.issues ? e.issues.map((i) => issueLine(t, i)).join(' ') : e.message })}</span>
          <button type="button" onClick={() => dismiss(e.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
