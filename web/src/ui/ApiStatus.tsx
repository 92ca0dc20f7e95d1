import { useEffect, useState } from 'react';

type Health = 'checking' | 'up' | 'down';

/** A banner when the API cannot be reached at all, so a dead server never looks like an empty graph. */
export function ApiStatus() {
  const [health, setHealth] = useState<Health>('checking');
  useEffect(() => {
    let live = true;
    fetch(new URL('/health', window.location.href))
      .then((r) => live && setHealth(r.ok ? 'up' : 'down'))
      .catch(() => live && setHealth('down'));
    return () => {
      live = false;
    };
  }, []);
  if (health !== 'down') return null;
  return (
    <div className="state error banner" role="alert">
      The Atlas API is not answering at <code>/health</code>. Start it with <code>npm start</code> and reload
      this page.
    </div>
  );
}
