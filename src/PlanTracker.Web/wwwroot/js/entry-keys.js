// Keyboard entry on the progress form: Enter (and Tab in the value column) moves down the same column,
// Shift moves up. Other columns keep Tab's usual left-to-right order.
document.addEventListener("keydown", (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return;
  const column = input.dataset.col;
  if (!column || event.isComposing) return;
  const moves = event.key === "Enter" || (event.key === "Tab" && column === "value");
  if (!moves) return;
  const table = input.closest("table");
  if (!table) return;
  const cells = Array.from(table.querySelectorAll(`[data-col="${column}"]:not([disabled])`));
  const next = cells[cells.indexOf(input) + (event.shiftKey ? -1 : 1)];
  if (!next) return;
  event.preventDefault();
  // Leaving the field raises "change", so the value reaches the server before the next one is typed.
  next.focus();
  next.select?.();
});
