// One tooltip for the page: the exact value under the pointer. Text only (textContent), never HTML.

let tip = null;

function element() {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
  }
  return tip;
}

/** Shows `lines` near the pointer position (clientX, clientY), kept inside the window. */
export function showTooltip(lines, clientX, clientY) {
  const el = element();
  el.replaceChildren(...lines.map((line, i) => {
    const div = document.createElement('div');
    if (i === 0) div.className = 'tooltip-title';
    div.textContent = line;
    return div;
  }));
  el.hidden = false;
  const gap = 14;
  const { width, height } = el.getBoundingClientRect();
  const left = clientX + gap + width > window.innerWidth ? clientX - gap - width : clientX + gap;
  const top = clientY + gap + height > window.innerHeight ? clientY - gap - height : clientY + gap;
  el.style.left = `${Math.max(4, left)}px`;
  el.style.top = `${Math.max(4, top)}px`;
}

export function hideTooltip() {
  if (tip) tip.hidden = true;
}
