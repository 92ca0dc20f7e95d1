import { useState } from 'react';
import { type SavedView, deleteView, readSaved, saveView } from '../state/savedViews';

/** Copy the link to this view, and keep named views in the browser to reopen later. */
export function WorkspaceMenu({ onOpen }: { onOpen: (search: string) => void }) {
  const [saved, setSaved] = useState<SavedView[]>(() => readSaved());
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setNote('Link copied.');
    } catch {
      setNote(`Copy this link: ${window.location.href}`);
    }
  };
  return (
    <details className="drawer workspace-menu">
      <summary>Views</summary>
      <div className="drawer-body">
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
        <form
          className="save-view"
          onSubmit={(e) => {
            e.preventDefault();
            const trimmed = name.trim();
            if (!trimmed) return;
            setSaved(saveView({ name: trimmed, search: window.location.search }));
            setName('');
            setNote(`Saved “${trimmed}”.`);
          }}
        >
          <label>
            Name{' '}
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. GR 38 and victims"
            />
          </label>
          <button type="submit" disabled={!name.trim()}>
            Save view
          </button>
        </form>
        {saved.length > 0 && (
          <ul className="saved-views" aria-label="Saved views">
            {saved.map((v) => (
              <li key={v.name}>
                <button type="button" className="link" onClick={() => onOpen(v.search)}>
                  {v.name}
                </button>{' '}
                <button
                  type="button"
                  aria-label={`Delete saved view ${v.name}`}
                  onClick={() => setSaved(deleteView(v.name))}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="muted" role="status">
          {note}
        </p>
      </div>
    </details>
  );
}
