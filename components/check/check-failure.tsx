/** Said where findings would be when the checks could not finish, so a clean page is never taken for a clean report. */
export function CheckFailure({ failure }: { failure: string | null }) {
  if (!failure) return null;
  return (
    <p role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3" data-testid="check-failure">
      {failure}
    </p>
  );
}
