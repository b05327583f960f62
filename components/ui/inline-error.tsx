/** A field's error under its label: the summary's words, with 错误： for screen readers. */
export function InlineError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="font-medium text-red-700">
      <span className="sr-only">错误：</span>
      {message}
    </p>
  );
}
