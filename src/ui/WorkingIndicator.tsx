import './fields.css';

export type WorkingIndicatorProps = {
  label: string;
  /** 0..1 when the step is known; omitted for an indeterminate bar. */
  value?: number;
};

/** A progress bar with its words, announced politely to screen readers. */
export function WorkingIndicator({ label, value }: WorkingIndicatorProps) {
  return (
    <div className="working" role="status">
      <progress className="working__bar" max={1} value={value} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
