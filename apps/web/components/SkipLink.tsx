/** The first focusable element: jumps past the masthead to the main content. */
export function SkipLink({ label = "Skip to content" }: { label?: string }) {
  return (
    <a className="skip-link" href="#content">
      {label}
    </a>
  );
}
