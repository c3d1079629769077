import { useRef } from 'react';

/**
 * React keys for a list the person grows and shrinks (entries, plans, cards). The keys live only in
 * memory, so nothing extra is stored, and removing an item keeps the other fields (and focus) intact.
 */
export function useStableKeys(length: number): { keys: readonly number[]; removeKey: (index: number) => void } {
  const counter = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < length) keys.current.push(counter.current++);
  if (keys.current.length > length) keys.current.length = length;
  return {
    keys: keys.current,
    removeKey: (index) => {
      keys.current.splice(index, 1);
    },
  };
}
