/** The notice: recording it (which ticks the notice step, offboarding/patch.ts) and its delivery. */
import type { Session } from './session';

/** The notice's messages are shown under the notice step (components/sidebar/ActionNotice.tsx). */
export const NOTICE_ANCHOR = 'notice';
import type { NoticeRecord } from '../../../offboarding/types';
import type { NoticeDeliveryInput, NoticeInput } from './types';

export function noticeSlice({ mutate, patch, requireOffboarding }: Session) {
  return {
    async serveNotice(input: NoticeInput): Promise<boolean> {
      const saved = await mutate(() => {
        const offboarding = requireOffboarding();
        return patch({ op: 'serve-notice', notice: { ...input, servedBy: offboarding.initiator === 'client' ? 'client' : 'we' } });
      }, { okKey: 'noticeSaved', anchor: NOTICE_ANCHOR });
      return saved !== null;
    },
    /** Replaces the recorded notice with the corrected one (logged as notice-corrected; ticks the step). */
    async correctNotice(notice: NoticeRecord): Promise<boolean> {
      return (await mutate(() => patch({ op: 'correct-notice', notice }), { okKey: 'noticeCorrected', anchor: NOTICE_ANCHOR })) !== null;
    },
    /** Records the day the notice reached the client, or moves the expected day. */
    async recordNoticeDelivery(input: NoticeDeliveryInput): Promise<boolean> {
      return (await mutate(() => patch({ op: 'notice-delivery', ...input }), { okKey: 'noticeSaved', anchor: NOTICE_ANCHOR })) !== null;
    },
  };
}
