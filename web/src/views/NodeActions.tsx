import { useState } from 'react';
import type { Label, RelationshipType } from '../api/types';
import { TYPES_BY_LABEL, typeTitle } from '../graph/relations';
import type { WorkspaceAction } from '../graph/workspace';

/** What can be done to a node on the canvas: expand (all or one relationship type), collapse, pin, remove. */
export function NodeActions({
  id,
  label,
  pinned,
  act,
}: {
  id: string;
  label: Label;
  pinned: boolean;
  act: (a: WorkspaceAction) => void;
}) {
  const types = TYPES_BY_LABEL[label];
  const [type, setType] = useState<RelationshipType>(types[0] ?? 'MENTIONS');
  return (
    <div className="actions">
      <button type="button" onClick={() => act({ kind: 'expand', id, type: null })}>
        Expand all
      </button>
      <label>
        <span className="visually-hidden">Relationship type</span>
        <select
          value={type}
          onChange={(e) => setType(e.target.value as RelationshipType)}
          aria-label="Relationship type to expand"
        >
          {types.map((t) => (
            <option key={t} value={t}>
              {typeTitle(t)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => act({ kind: 'expand', id, type })}>
        Expand by type
      </button>
      <button type="button" onClick={() => act({ kind: 'collapse', id })}>
        Collapse
      </button>
      <button type="button" onClick={() => act({ kind: pinned ? 'unpin' : 'pin', id })}>
        {pinned ? 'Unpin' : 'Pin'}
      </button>
      <button type="button" onClick={() => act({ kind: 'remove', id })}>
        Remove
      </button>
    </div>
  );
}
