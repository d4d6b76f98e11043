// Opens a <dialog> as a modal once it is mounted (or just open where showModal is missing, as in jsdom).
import { type RefObject, useEffect, useRef } from 'react';

export function useModal(focus?: RefObject<HTMLElement | null>): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    focus?.current?.focus();
  }, [focus]);
  return dialog;
}
