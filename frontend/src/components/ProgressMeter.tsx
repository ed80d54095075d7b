/** How far something is, as a bar and as words: "60 % done". */
export function ProgressMeter({ id, value, label }: { id: string; value: number; label: string }) {
  return (
    <div className="progress-meter">
      <span id={id} className="progress-meter__label">
        {label}
      </span>
      <progress aria-labelledby={id} max={100} value={value} />
    </div>
  );
}
