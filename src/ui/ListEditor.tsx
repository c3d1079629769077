import './entry.css';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from './Button';
import { useStableKeys } from './useStableKeys';

export type ListEditorProps<T> = {
  items: readonly T[];
  max: number;
  /** A new, empty item. */
  empty: () => T;
  onChange: (items: T[]) => void;
  /** Name of one item, e.g. "Plan 2"; a group label when `grouped`. */
  itemLabel: (index: number) => string;
  addLabel: string;
  renderItem: (item: T, update: (next: T) => void, index: number) => ReactNode;
  /** Items with several fields are fieldsets named by itemLabel. */
  grouped?: boolean;
};

/**
 * A list the person grows with Add and shrinks with Remove. An empty list shows one blank item to
 * start writing in (stored once something is written). After Add, focus moves to the new item;
 * after Remove, to the Add button, so keyboard and screen-reader users never lose their place.
 */
export function ListEditor<T>(props: ListEditorProps<T>) {
  const { items, max, empty, onChange, itemLabel, addLabel, renderItem, grouped = false } = props;
  const { t } = useTranslation('fields');
  const shown = items.length > 0 ? items : [empty()];
  const { keys, removeKey } = useStableKeys(shown.length);
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'new' | 'add' | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'new') listRef.current?.lastElementChild?.querySelector<HTMLElement>('input, textarea')?.focus();
    if (target === 'add') addRef.current?.focus();
  });

  const update = (index: number, next: T) => onChange(shown.map((item, i) => (i === index ? next : item)));
  const remove = (index: number) => {
    removeKey(index);
    focusAfter.current = 'add';
    onChange(shown.filter((_, i) => i !== index));
  };
  const add = () => {
    focusAfter.current = 'new';
    onChange([...shown, empty()]);
  };

  return (
    <div className="entry-list">
      <ul ref={listRef} className="entry-list__items">
        {shown.map((item, index) => {
          const body = (
            <>
              {grouped ? <legend className="entry-list__legend">{itemLabel(index)}</legend> : null}
              {renderItem(item, (next) => update(index, next), index)}
              {items.length > 0 ? (
                <Button variant="quiet" className="entry-list__remove" onClick={() => remove(index)}>
                  {t('list.remove')}
                  <span className="visually-hidden">: {itemLabel(index)}</span>
                </Button>
              ) : null}
            </>
          );
          return (
            <li key={keys[index]} className="entry-list__item">
              {grouped ? <fieldset className="entry-group">{body}</fieldset> : body}
            </li>
          );
        })}
      </ul>
      {shown.length < max ? (
        <button ref={addRef} type="button" className={buttonClass('secondary')} onClick={add}>
          {addLabel}
        </button>
      ) : (
        <p className="entry-field__hint" role="status">
          {t('list.full', { max })}
        </p>
      )}
    </div>
  );
}
