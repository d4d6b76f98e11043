// What the details panel asks App to delete (App composes the details and the editor features).
export type DeleteTarget =
  | { kind: 'initiative' | 'milestone'; id: string; name?: string }
  | { kind: 'dependency'; id: string; version: number; name: string; fromId: string };
