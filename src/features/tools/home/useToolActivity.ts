/**
 * The tools' part of home's "recently": guided-timer sessions by day (PRIVACY: the ratings stay
 * off home). Cards and the plan keep no dates, so they are not listed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityItem } from '../../../lib/noteItem';
import { recentSessions, surfStore } from '../data/surfSessions';
import { useRecords } from '../hooks/useRecords';

export function useToolActivity(count: number): ActivityItem[] | undefined {
  const { t } = useTranslation('home');
  const sessions = useRecords(surfStore);
  return useMemo(() => {
    if (sessions.status === 'error') return [];
    if (sessions.status !== 'ready') return undefined;
    return recentSessions(sessions.records, count).map((s): ActivityItem => ({ key: `surf:${s.id}`, label: t('recent.surf'), day: s.day, at: null, href: '/tools/surf' }));
  }, [sessions, t, count]);
}
