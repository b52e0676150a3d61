import { ORDER_TRANSITIONS, OrderStatus } from '../../src/orders/order-status';
import { RETURN_TRANSITIONS, ReturnStatus } from '../../src/returns/return-status';

/**
 * The order's and the return's lifecycles as Mermaid state diagrams, written from the transition tables the
 * code checks every status change against (ORDER_TRANSITIONS, RETURN_TRANSITIONS). docs/architecture.md holds
 * them between `<!-- lifecycle:<name> -->` markers; test/docs.spec.ts fails when the two differ.
 */
export const LIFECYCLES: Record<string, { initial: string; table: Record<string, readonly string[]> }> = {
  order: { initial: OrderStatus.Placed, table: ORDER_TRANSITIONS },
  return: { initial: ReturnStatus.Requested, table: RETURN_TRANSITIONS },
};

export function stateDiagram({ initial, table }: { initial: string; table: Record<string, readonly string[]> }): string {
  const lines = ['```mermaid', 'stateDiagram-v2', `    [*] --> ${initial}`];
  for (const [from, targets] of Object.entries(table)) {
    for (const to of targets) lines.push(`    ${from} --> ${to}`);
    if (!targets.length) lines.push(`    ${from} --> [*]`);
  }
  lines.push('```');
  return lines.join('\n');
}

const block = (name: string) => new RegExp(`(<!-- lifecycle:${name} -->)([\\s\\S]*?)(<!-- /lifecycle:${name} -->)`);

/** The diagrams a Markdown text holds between the markers, by lifecycle name (null when a marker is missing). */
export function diagramsIn(markdown: string): Record<string, string | null> {
  return Object.fromEntries(Object.keys(LIFECYCLES).map((name) => [name, block(name).exec(markdown)?.[2].trim() ?? null]));
}

/** The Markdown text with every lifecycle diagram rewritten from its table. */
export function withCurrentDiagrams(markdown: string): string {
  return Object.entries(LIFECYCLES).reduce((text, [name, lifecycle]) => text.replace(block(name), `$1\n${stateDiagram(lifecycle)}\n$3`), markdown);
}
