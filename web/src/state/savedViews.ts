/** Named views kept in the browser (localStorage): a name and the query string that reopens it. */
export interface SavedView {
  name: string;
  search: string;
}

const KEY = 'atlas:saved-views';

export function readSaved(storage: Storage = window.localStorage): SavedView[] {
  try {
    const raw = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw
      .filter(
        (v): v is SavedView =>
          typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.search === 'string',
      )
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/** Saves under a name (a view of the same name is replaced); returns the list by name. */
export function saveView(view: SavedView, storage: Storage = window.localStorage): SavedView[] {
  const next = [...readSaved(storage).filter((v) => v.name !== view.name), view].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}

export function deleteView(name: string, storage: Storage = window.localStorage): SavedView[] {
  const next = readSaved(storage).filter((v) => v.name !== name);
  storage.setItem(KEY, JSON.stringify(next));
  return next;
}
