// GraphiQL's editor falls short of WCAG in a few places that axe reports: unlabelled editor
// text areas, scroll areas that cannot take focus, tabs with buttons inside them. These
// fix-ups run on its DOM (again whenever it re-renders); the colours are in styles.css.

const LABELS: Array<[string, string]> = [
  ['.graphiql-query-editor', 'GraphQL query'],
  ['.graphiql-response', 'Response'],
  ['.graphiql-editor-tool', 'Variables or headers (JSON)'],
];

export function fixGraphiQL(root: HTMLElement): void {
  for (const area of Array.from(root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea'))) {
    if (area.hasAttribute('aria-label')) continue;
    const label = LABELS.find(([selector]) => area.closest(selector))?.[1] ?? 'Editor';
    area.setAttribute('aria-label', label);
  }
  // CodeMirror marks its scroll areas tabindex -1; a keyboard user must be able to scroll them.
  for (const scroll of Array.from(root.querySelectorAll('.CodeMirror-scroll'))) {
    if (scroll.getAttribute('tabindex') !== '0') scroll.setAttribute('tabindex', '0');
  }
  // A tab here holds its own select and close buttons: expose them as plain buttons.
  for (const tab of Array.from(root.querySelectorAll('[role="tab"]'))) {
    tab.setAttribute('role', 'presentation');
    tab.removeAttribute('aria-selected');
    tab.removeAttribute('aria-controls');
  }
  for (const list of Array.from(root.querySelectorAll('[role="tablist"]'))) list.setAttribute('role', 'presentation');
}

/** Applies the fix-ups now and after every change of GraphiQL's DOM; returns the cleanup. */
export function keepGraphiQLAccessible(root: HTMLElement): () => void {
  fixGraphiQL(root);
  const observer = new MutationObserver(() => fixGraphiQL(root));
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
