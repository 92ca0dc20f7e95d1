import type { Core } from 'cytoscape';
import type { PatchOp } from './diff';

/** Applies patch operations to a live graph in one batch (one redraw). */
export function applyPatch(cy: Core, ops: readonly PatchOp[]): void {
  if (ops.length === 0) return;
  cy.batch(() => {
    for (const op of ops) {
      switch (op.op) {
        case 'add':
          cy.add(op.element);
          break;
        case 'remove':
          cy.getElementById(op.id).remove();
          break;
        case 'data':
          cy.getElementById(op.id).data(op.data);
          break;
        case 'classes':
          cy.getElementById(op.id).classes(op.classes);
          break;
      }
    }
  });
}
