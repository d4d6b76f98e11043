// Status colours, shared by the timeline, the graph and the legend. Chosen to keep contrast on a
// projector; the legend and labels carry the meaning too, so colour is never the only cue.
export const STATUSES = ['GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_COLOURS: Record<Status | 'UNKNOWN', { fill: string; border: string; text: string }> = {
  GREEN: { fill: '#2e7d32', border: '#1b5e20', text: '#ffffff' },
  YELLOW: { fill: '#f9c513', border: '#9a6700', text: '#1b1f24' },
  RED: { fill: '#c62828', border: '#8e0000', text: '#ffffff' },
  BLUE: { fill: '#1565c0', border: '#0d47a1', text: '#ffffff' },
  GREY: { fill: '#8a939c', border: '#58606b', text: '#ffffff' },
  UNKNOWN: { fill: '#dfe6ee', border: '#7d8b99', text: '#1b1f24' },
};

export function statusKey(status: string | null | undefined): Status | 'UNKNOWN' {
  const upper = status?.toUpperCase();
  return (STATUSES as readonly string[]).includes(upper ?? '') ? (upper as Status) : 'UNKNOWN';
}
