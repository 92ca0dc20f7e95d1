import { FORCES, LABELS, type Force, type Label } from '../api/types';
import type { Filters } from '../graph/filters';
import { LABEL_STYLE } from '../graph/palette';

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Filters by label (shown/hidden), by document and by recommendation force (empty = all). */
export function FilterPanel({
  filters,
  documents,
  onChange,
}: {
  filters: Filters;
  documents: { id: string; name: string }[];
  onChange: (filters: Filters) => void;
}) {
  return (
    <div className="filters">
      <fieldset>
        <legend>Kinds of node shown</legend>
        {LABELS.map((label: Label) => (
          <label key={label}>
            <input
              type="checkbox"
              checked={!filters.hiddenLabels.includes(label)}
              onChange={() => onChange({ ...filters, hiddenLabels: toggle(filters.hiddenLabels, label) })}
            />{' '}
            {LABEL_STYLE[label].legend}
          </label>
        ))}
      </fieldset>
      <label className="degree">
        Fewest links per node{' '}
        <input
          type="number"
          min={0}
          max={50}
          value={filters.minDegree}
          onChange={(e) =>
            onChange({ ...filters, minDegree: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
          }
        />
      </label>
      <fieldset>
        <legend>Documents (none ticked = all)</legend>
        {[...documents]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((doc) => (
            <label key={doc.id}>
              <input
                type="checkbox"
                checked={filters.documents.includes(doc.id)}
                onChange={() => onChange({ ...filters, documents: toggle(filters.documents, doc.id) })}
              />{' '}
              {doc.name}
            </label>
          ))}
      </fieldset>
      <fieldset>
        <legend>Recommendation force (none ticked = all)</legend>
        {FORCES.map((force: Force) => (
          <label key={force}>
            <input
              type="checkbox"
              checked={filters.forces.includes(force)}
              onChange={() => onChange({ ...filters, forces: toggle(filters.forces, force) })}
            />{' '}
            {force.replaceAll('_', ' ')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
