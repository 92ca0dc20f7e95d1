/** Previous / next over `pages` pages, `at` the current one (0-based); nothing when there is one page. */
export function Pager({
  at,
  pages,
  label,
  onPage,
}: {
  at: number;
  pages: number;
  label: string;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={at === 0} onClick={() => onPage(at - 1)}>
        Previous
      </button>
      <span>
        Page {at + 1} of {pages}
      </span>
      <button type="button" disabled={at >= pages - 1} onClick={() => onPage(at + 1)}>
        Next
      </button>
    </nav>
  );
}
