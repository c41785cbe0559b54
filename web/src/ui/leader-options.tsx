/** A leader picked from a list: `<option>`s of id → 姓名（职务）, for the leaders given. */
export function LeaderOptions(props: {
  leaders: Array<{ id: string; name: string; title: string }>;
}) {
  return (
    <>
      {props.leaders.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}（{l.title}）
        </option>
      ))}
    </>
  );
}
