import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAutosave } from '../../../storage/autosave/useAutosave';
import { resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { Button, buttonClass } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { SensitiveField } from '../../../ui/SensitiveField';
import { randomId } from '../../../vault/random';
import { BackToTools } from '../components/BackToTools';
import { LoadState } from '../components/LoadState';
import { CARDS_ID, cardsStore, MAX_CARDS, saveCards, type CopingCard } from '../data/copingCards';
import { useRecords } from '../hooks/useRecords';
import { cardsToFlip, moveItem } from '../model/cardOrder';

/** Writing and ordering the coping cards. Every change autosaves into the vault. */
export function CardsPage() {
  const { t } = useTranslation('tools');
  const loaded = useRecords(cardsStore);
  useEffect(() => resetSaveState(), []);
  return (
    <Page title={t('cards.title')} lead={t('cards.lead')}>
      <BackToTools />
      {loaded.status === 'ready' ? <CardsEditor initial={loaded.records.get(CARDS_ID)?.cards ?? []} /> : <LoadState state={loaded} />}
    </Page>
  );
}

type Focus = { id: string; move: 'up' | 'down' } | { id: string; field: true } | { add: true } | null;

function CardsEditor({ initial }: { initial: readonly CopingCard[] }) {
  const { t } = useTranslation('tools');
  const [cards, setCards] = useState<CopingCard[]>(() => [...initial]);
  const [said, setSaid] = useState('');
  const autosave = useAutosave(saveCards);
  const status = useSaveStatus();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<Focus>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (!target) return;
    if ('add' in target) {
      addRef.current?.focus();
      return;
    }
    const item = listRef.current?.querySelector<HTMLElement>(`[data-card="${target.id}"]`);
    if ('field' in target) {
      item?.querySelector<HTMLElement>('textarea')?.focus();
      return;
    }
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-move="${target.move}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-move="${target.move === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  const change = (next: CopingCard[]) => {
    setCards(next);
    autosave.schedule(next);
  };
  const move = (index: number, delta: -1 | 1) => {
    const card = cards[index];
    if (!card) return;
    focusNext.current = { id: card.id, move: delta < 0 ? 'up' : 'down' };
    change(moveItem(cards, index, delta));
    setSaid(t('cards.moved', { place: index + 1 + delta, total: cards.length }));
  };
  const add = () => {
    const card = { id: randomId(), text: '' };
    focusNext.current = { id: card.id, field: true };
    change([...cards, card]);
  };
  const remove = (index: number) => {
    focusNext.current = { add: true };
    change(cards.filter((_, i) => i !== index));
  };

  const readable = cardsToFlip(cards).length > 0;
  // The visible word first, then which card: "Move up: Card 2" (label in name, WCAG 2.5.3).
  const named = (key: 'cards.up' | 'cards.down' | 'cards.remove', index: number) => `${t(key)}: ${t('cards.card', { number: index + 1 })}`;
  return (
    <>
      {readable ? (
        <div className="page__actions">
          <LinkButton variant="primary" to="/tools/cards/read" onClick={() => void autosave.flush()}>
            {t('cards.flip')}
          </LinkButton>
        </div>
      ) : null}
      {cards.length === 0 ? <p>{t('cards.none')}</p> : null}
      <p className="entry-field__hint">{t('cards.examples')}</p>
      <ol ref={listRef} className="tools-cards">
        {cards.map((card, index) => (
          <li key={card.id} data-card={card.id} className="tools-cards__item">
            <SensitiveField label={t('cards.card', { number: index + 1 })} value={card.text} rows={3} onChange={(text) => change(cards.map((c) => (c.id === card.id ? { ...c, text } : c)))} />
            <div className="tools-cards__actions">
              <Button data-move="up" aria-label={named('cards.up', index)} disabled={index === 0} onClick={() => move(index, -1)}>
                {t('cards.up')}
              </Button>
              <Button data-move="down" aria-label={named('cards.down', index)} disabled={index === cards.length - 1} onClick={() => move(index, 1)}>
                {t('cards.down')}
              </Button>
              <Button variant="quiet" aria-label={named('cards.remove', index)} onClick={() => remove(index)}>
                {t('cards.remove')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {cards.length < MAX_CARDS ? (
        <button ref={addRef} type="button" className={buttonClass('secondary')} onClick={add}>
          {t('cards.add')}
        </button>
      ) : (
        <p role="status">{t('cards.full', { max: MAX_CARDS })}</p>
      )}
      <SaveStatusLine {...status} />
    </>
  );
}
