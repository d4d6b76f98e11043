// A link that opens an item in the details panel; a real <a href> so it can be opened in a new tab.
import type { MouseEvent, ReactNode } from 'react';
import { hrefWith, navigate } from '../app/url';

export function ItemLink({
  id,
  children,
  className,
}: {
  id: string;
  children: ReactNode;
  className?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate({ item: id });
  };
  return (
    <a href={hrefWith({ item: id })} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
