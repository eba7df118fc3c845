import { create } from 'zustand';
import type { CouncilOverview, Dossier, Output } from '../../../../shared/api';
import type { AuditEntry } from '../../../../shared/model';
import type { FieldIssue } from '../../../../shared/errors';
import { api } from '../../api/client';
import { issuesOf } from '../../api/issues';
import { addDays } from '../../../../shared/time/calendar';
import { useClock } from '../../app/clock-store';
import { attempt } from '../../app/errors-store';

export const AUDIT_PAGE = 20;

export interface DecisionForm {
  decision: 'approve' | 'reject' | 'defer';
  rationale: string;
  meetingDate: string;
  exception: boolean;
}

interface CouncilState {
  /** yyyy-mm-dd the Council picked for "outcomes since"; '' until they pick one (see sinceDay). */
  since: string;
  overview: CouncilOverview | null;
  dossier: Dossier | null;
  /** A refusal of the last decision, shown beside the form (the gate's list of what is missing). */
  refusal: FieldIssue[] | null;
  saved: string | null;
  audit: { total: number; items: AuditEntry[]; offset: number } | null;
  pack: Output<'council.reviewPack'> | null;
  setSince(since: string): void;
  loadOverview(): Promise<void>;
  loadDossier(repId: string): Promise<void>;
  propose(repId: string): Promise<void>;
  decide(form: DecisionForm): Promise<boolean>;
  reverse(caseId: string, rationale: string, meetingDate: string): Promise<boolean>;
  loadAudit(offset: number): Promise<void>;
  auditCsv(): Promise<string | undefined>;
  loadPack(includeConfidential: boolean): Promise<Output<'council.reviewPack'> | undefined>;
}

/** The day outcomes are shown since: the one picked, else 30 days before the user's today. */
export function sinceDay(picked: string, today: string): string {
  return picked || (today ? addDays(today, -30) : '');
}

function currentSince(picked: string): string {
  return sinceDay(picked, useClock.getState().clock?.today ?? '');
}

export const useCouncil = create<CouncilState>((set, get) => ({
  since: '',
  overview: null,
  dossier: null,
  refusal: null,
  saved: null,
  audit: null,
  pack: null,
  setSince(since) {
    set({ since });
    void get().loadOverview();
  },
  async loadOverview() {
    // Days go to the backend as days: it reads them on the user's calendar.
    const since = currentSince(get().since);
    const overview = await attempt(() => api().call('council.overview', since ? { since } : {}));
    if (overview) set({ overview });
  },
  async loadDossier(repId) {
    set({ refusal: null, saved: null });
    const dossier = await attempt(() => api().call('council.dossier', { repId }));
    set({ dossier: dossier ?? null });
  },
  async propose(repId) {
    const made = await attempt(() => api().call('council.propose', { repId, kind: 'alumni-move' }));
    if (made) {
      await get().loadDossier(repId);
      set({ saved: 'proposed' });
      void get().loadOverview();
    }
  },
  async decide(form) {
    const open = get().dossier?.openCase;
    if (!open) return false;
    try {
      await api().call('council.decide', {
        caseId: open.id,
        expectedVersion: open.version,
        decision: form.decision,
        rationale: form.rationale,
        meetingDate: form.meetingDate,
        exception: form.exception,
      });
    } catch (err) {
      // The gate's refusal belongs beside the form, where the Council can read what is missing.
      // Any other failure is said as it came, as an issue about nothing in particular.
      set({ refusal: issuesOf(err) ?? [{ path: '', message: err instanceof Error ? err.message : String(err) }] });
      return false;
    }
    await get().loadDossier(open.subjectRepId);
    set({ saved: 'decided' });
    void get().loadOverview();
    return true;
  },
  async reverse(caseId, rationale, meetingDate) {
    const repId = get().dossier?.rep.id;
    const done = await attempt(() => api().call('council.reverse', { caseId, rationale, meetingDate }));
    if (!done || !repId) return false;
    await get().loadDossier(repId);
    set({ saved: 'reversed' });
    void get().loadOverview();
    return true;
  },
  async loadAudit(offset) {
    const page = await attempt(() => api().call('audit.list', { offset, limit: AUDIT_PAGE }));
    if (page) set({ audit: { ...page, offset } });
  },
  async auditCsv() {
    return (await attempt(() => api().call('council.auditCsv', {})))?.csv;
  },
  async loadPack(includeConfidential) {
    const since = currentSince(get().since);
    const pack = await attempt(() => api().call('council.reviewPack', { includeConfidential, ...(since ? { since } : {}) }));
    if (pack) set({ pack });
    return pack;
  },
}));
