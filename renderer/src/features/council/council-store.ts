import { create } from 'zustand';
import type { CouncilOverview, Dossier, Output } from '../../../../shared/api';
import type { AuditEntry } from '../../../../shared/model';
import { api, ApiCallError } from '../../api/client';
import { attempt } from '../../app/errors-store';

const DAY_MS = 86_400_000;
export const AUDIT_PAGE = 20;

export interface DecisionForm {
  decision: 'approve' | 'reject' | 'defer';
  rationale: string;
  meetingDate: string;
  exception: boolean;
}

interface CouncilState {
  /** yyyy-mm-dd the Council picked for "outcomes since". */
  since: string;
  overview: CouncilOverview | null;
  dossier: Dossier | null;
  /** A refusal of the last decision, shown beside the form (the gate's list of what is missing). */
  refusal: string | null;
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

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A picked day as the start of that day in UTC, which is how meeting dates are stored. */
export function dayToIso(day: string): string {
  return `${day}T00:00:00.000Z`;
}

export const useCouncil = create<CouncilState>((set, get) => ({
  since: isoDay(new Date(Date.now() - 30 * DAY_MS)),
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
    const since = get().since;
    const overview = await attempt(() => api().call('council.overview', since ? { since: dayToIso(since) } : {}));
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
        meetingDate: dayToIso(form.meetingDate),
        exception: form.exception,
      });
    } catch (err) {
      // The gate's refusal belongs beside the form, where the Council can read what is missing.
      set({ refusal: err instanceof ApiCallError ? err.message : String(err) });
      return false;
    }
    await get().loadDossier(open.subjectRepId);
    set({ saved: 'decided' });
    void get().loadOverview();
    return true;
  },
  async reverse(caseId, rationale, meetingDate) {
    const repId = get().dossier?.rep.id;
    const done = await attempt(() => api().call('council.reverse', { caseId, rationale, meetingDate: dayToIso(meetingDate) }));
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
    const since = get().since;
    const pack = await attempt(() => api().call('council.reviewPack', { includeConfidential, ...(since ? { since: dayToIso(since) } : {}) }));
    if (pack) set({ pack });
    return pack;
  },
}));
