// Keyboard: j / ArrowDown for the next neuron, k / ArrowUp for the previous one, unless the user is
// typing in a form field.

const NEXT = new Set(['j', 'ArrowDown']);
const PREVIOUS = new Set(['k', 'ArrowUp']);

/** Calls move(+1 or -1) on those keys; returns a function that unbinds them. */
export function bindNeuronKeys(move) {
  const onKey = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
    const delta = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    move(delta);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
