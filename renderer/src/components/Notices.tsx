import { useEffect, useState } from 'react';
import type { Notice } from '../../../shared/api';
import { api } from '../api/client';
import { attempt } from '../app/errors-store';
import { useT } from '../i18n/i18n';

/** Data notices from start-up (a damaged file restored from backup, …): never silent. */
export function Notices() {
  const t = useT();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    void attempt(() => api().call('system.info')).then((info) => info && setNotices(info.notices));
  }, []);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notice-title')}>
      {notices.map((n) => (
        <div key={n.id} className="notice" role="status">
          <strong>{t('notice-title')}: </strong>
          {t(n.messageId, n.args)}
          <button
            type="button"
            onClick={() => void attempt(() => api().call('system.dismissNotice', { id: n.id })).then(() => setNotices((all) => all.filter((x) => x.id !== n.id)))}
          >
            {t('dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
