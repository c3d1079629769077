import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { LoadState } from '../components/LoadState';
import { CARDS_ID, cardsStore } from '../data/copingCards';
import { useRecords } from '../hooks/useRecords';
import { cardsToFlip } from '../model/cardOrder';

/**
 * The cards one at a time, large, for a hard moment: Previous and Next (or the arrow keys). The
 * card sits in a polite live region, so a screen reader reads each new card. After the last card
 * comes the first again, so the buttons never go dead under a finger or the keyboard.
 */
export function CardReader() {
  const { t } = useTranslation('tools');
  const loaded = useRecords(cardsStore);
  const cards = loaded.status === 'ready' ? cardsToFlip(loaded.records.get(CARDS_ID)?.cards ?? []) : [];
  const [index, setIndex] = useState(0);
  const shown = Math.min(index, Math.max(0, cards.length - 1));
  const total = cards.length;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (total === 0) return;
      if (event.key === 'ArrowRight') setIndex((i) => (i + 1) % total);
      if (event.key === 'ArrowLeft') setIndex((i) => (i - 1 + total) % total);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [total]);

  return (
    <Page title={t('cards.flip-title')}>
      <div className="tools-reader">
        {loaded.status !== 'ready' ? (
          <LoadState state={loaded} />
        ) : total === 0 ? (
          <p>{t('cards.empty-flip')}</p>
        ) : (
          <>
            <div className="tools-reader__card" aria-live="polite" aria-atomic="true">
              <p className="tools-reader__position">{t('cards.position', { number: shown + 1, total })}</p>
              <p className="tools-reader__text" data-sensitive="">
                {cards[shown]?.text}
              </p>
            </div>
            <div className="tools-reader__nav">
              <Button onClick={() => setIndex((shown - 1 + total) % total)}>
                {t('cards.previous')}
              </Button>
              <Button variant="primary" onClick={() => setIndex((shown + 1) % total)}>
                {t('cards.next')}
              </Button>
            </div>
            <p className="entry-field__hint">{t('cards.keys')}</p>
          </>
        )}
        <LinkButton variant="quiet" to="/tools/cards">
          {t('cards.close')}
        </LinkButton>
      </div>
    </Page>
  );
}
