/**
 * A list without bullets of what people typed (partners, funding sources…),
 * each entry isolated so that its direction does not spill into the next.
 */
export function PlainList({ items }: { items: readonly string[] }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>
          <bdi>{item}</bdi>
        </li>
      ))}
    </ul>
  );
}
