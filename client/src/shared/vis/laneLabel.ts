// A lane label with a fold button: vis-timeline draws an element given as a group's content as it is,
// so the button is a real, focusable <button> that folds the lane to one roll-up bar or unfolds it.
import type { TimelineGroup } from './timelineItems';

export function laneLabel(
  group: TimelineGroup,
  onToggle: () => void,
  toggleLabel?: (lane: string, collapsed: boolean) => string,
): HTMLElement {
  const text = document.createElement('span');
  text.className = 'lane-name';
  text.innerHTML = group.content; // already escaped by timelineData
  const collapsed = !!group.collapsed;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lane-toggle';
  button.textContent = collapsed ? '▸' : '▾';
  button.setAttribute('aria-expanded', String(!collapsed));
  button.setAttribute('aria-label', toggleLabel?.(text.textContent ?? '', collapsed) ?? '');
  button.dataset.lane = group.id;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    onToggle();
  });
  const label = document.createElement('span');
  label.className = `lane-label${collapsed ? ' collapsed' : ''}`;
  label.append(button, text);
  return label;
}
