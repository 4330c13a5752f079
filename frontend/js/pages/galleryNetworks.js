// The gallery's saved networks in two lists: the viewer's own (all of them), and the others it may list
// (published by their owners, or saved before owners existed) but for those a task card shows already. Pure.

export function splitNetworks(saved, shownInTasks = new Set()) {
  return {
    mine: saved.filter((s) => s.mine === true),
    others: saved.filter((s) => s.mine !== true && !shownInTasks.has(s.id)),
  };
}
