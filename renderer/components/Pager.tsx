import './pager.css';

/**
 * Previous / next through a list core pages (offset and limit), with where the user is ("1–20 of
 * 143"). The texts come from the feature, so each list names what it pages through. A button at
 * the end of the list is disabled, not hidden, so the pair keeps its place for the keyboard.
 */
export function Pager({
  offset,
  limit,
  total,
  onPage,
  label,
  previous,
  next,
  range,
}: {
  offset: number;
  limit: number;
  total: number;
  onPage: (offset: number) => void;
  /** The navigation's accessible name, e.g. "Pagina's van het overzicht". */
  label: string;
  previous: string;
  next: string;
  /** E.g. "Gezin 1–20 van 143". */
  range: (from: number, to: number, total: number) => string;
}) {
  if (total <= limit && offset === 0) return null;
  const from = Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>
        {previous}
      </button>
      <span className="pager__range" aria-live="polite">
        {range(from, to, total)}
      </span>
      <button type="button" className="button" disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>
        {next}
      </button>
    </nav>
  );
}
