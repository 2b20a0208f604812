/** Previous and next through a paged list, with where the reader is. */
export function Pages({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const last = Math.max(0, Math.ceil(total / size) - 1);
  if (last === 0) {
    return null;
  }
  return (
    <nav aria-label="Pages" className="pages">
      <button type="button" className="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>Previous</button>
      <span>Page {page + 1} of {last + 1}</span>
      <button type="button" className="secondary" disabled={page >= last} onClick={() => onPage(page + 1)}>Next</button>
    </nav>
  );
}
