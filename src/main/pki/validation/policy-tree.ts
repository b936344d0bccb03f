/**
 * The valid_policy_tree of RFC 5280 §6.1.2 (a), 6.1.3 (d)-(e), 6.1.4 (a)-(b) and 6.1.5 (g).
 * Nodes are kept per depth; qualifiers are not tracked (nothing here reads them).
 */
import { ANY_POLICY } from './types.js';
import type { PolicyMapping } from './cert-extensions.js';

type PolicyNode = { valid: string; expected: Set<string>; parent: PolicyNode | null; children: PolicyNode[] };

/** levels[d] holds the nodes of depth d; null once the tree is empty. */
export type PolicyTree = PolicyNode[][] | null;

export const initialTree = (): PolicyTree => [
  [{ valid: ANY_POLICY, expected: new Set([ANY_POLICY]), parent: null, children: [] }],
];

const addChild = (
  levels: PolicyNode[][],
  depth: number,
  parent: PolicyNode,
  valid: string,
  expected: Set<string>,
) => {
  const node: PolicyNode = { valid, expected, parent, children: [] };
  parent.children.push(node);
  (levels[depth] ??= []).push(node);
};

const removeNode = (levels: PolicyNode[][], depth: number, node: PolicyNode) => {
  levels[depth] = (levels[depth] ?? []).filter((n) => n !== node);
  if (node.parent) node.parent.children = node.parent.children.filter((n) => n !== node);
  for (const child of node.children) removeNode(levels, depth + 1, child);
};

/** Deletes childless nodes above `depth`, bottom-up; null when the root goes. */
const prune = (levels: PolicyNode[][], depth: number): PolicyTree => {
  for (let d = depth - 1; d >= 0; d--) {
    for (const node of [...(levels[d] ?? [])]) if (node.children.length === 0) removeNode(levels, d, node);
  }
  return (levels[0] ?? []).length === 0 ? null : levels;
};

/** §6.1.3 (d)-(e) for certificate i (depth i) with its policies (null: no extension). */
export const processPolicies = (
  tree: PolicyTree,
  depth: number,
  policies: string[] | null,
  anyPolicyAllowed: boolean,
): PolicyTree => {
  if (!tree || policies === null) return null;
  tree[depth] = [];
  const parents = tree[depth - 1] ?? [];
  for (const p of policies) {
    if (p === ANY_POLICY) continue;
    const matching = parents.filter((n) => n.expected.has(p));
    const targets = matching.length > 0 ? matching : parents.filter((n) => n.valid === ANY_POLICY);
    for (const parent of targets) addChild(tree, depth, parent, p, new Set([p]));
  }
  if (policies.includes(ANY_POLICY) && anyPolicyAllowed) {
    for (const parent of parents) {
      for (const e of parent.expected) {
        if (!parent.children.some((c) => c.valid === e)) addChild(tree, depth, parent, e, new Set([e]));
      }
    }
  }
  return prune(tree, depth);
};

/** §6.1.4 (b): apply the mappings of certificate i (depth i). */
export const applyMappings = (
  tree: PolicyTree,
  depth: number,
  mappings: PolicyMapping[],
  mappingAllowed: boolean,
): PolicyTree => {
  if (!tree) return null;
  const byIssuer = new Map<string, Set<string>>();
  for (const m of mappings)
    (byIssuer.get(m.issuer) ?? byIssuer.set(m.issuer, new Set()).get(m.issuer))?.add(m.subject);
  for (const [idp, subjects] of byIssuer) {
    const nodes = (tree[depth] ?? []).filter((n) => n.valid === idp);
    if (!mappingAllowed) {
      for (const n of nodes) removeNode(tree, depth, n);
      continue;
    }
    if (nodes.length > 0) for (const n of nodes) n.expected = new Set(subjects);
    else {
      const any = (tree[depth] ?? []).find((n) => n.valid === ANY_POLICY);
      if (any?.parent) addChild(tree, depth, any.parent, idp, new Set(subjects));
    }
  }
  return mappingAllowed ? tree : prune(tree, depth);
};

/** §6.1.5 (g): the intersection with the user-initial-policy-set. */
export const intersect = (tree: PolicyTree, depth: number, initial: readonly string[]): PolicyTree => {
  if (!tree || initial.includes(ANY_POLICY)) return tree;
  const wanted = new Set(initial);
  // valid_policy_node_set: nodes whose parent is anyPolicy (their policies are "real").
  const boundary = tree.flat().filter((n) => n.parent?.valid === ANY_POLICY && n.valid !== ANY_POLICY);
  for (const n of boundary) {
    const d = tree.findIndex((level) => level.includes(n));
    // d < 0: already gone with an ancestor.
    if (d >= 0 && !wanted.has(n.valid)) removeNode(tree, d, n);
  }
  const leafAny = (tree[depth] ?? []).find((n) => n.valid === ANY_POLICY);
  if (leafAny?.parent) {
    const present = new Set((tree[depth] ?? []).map((n) => n.valid));
    for (const p of wanted) if (!present.has(p)) addChild(tree, depth, leafAny.parent, p, new Set([p]));
    removeNode(tree, depth, leafAny);
  }
  return prune(tree, depth);
};
