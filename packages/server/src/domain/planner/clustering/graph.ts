// The similarity graph of one sector and the two ways of turning it into clusters.
//
// Nodes are numbered in priority order (volume descending, then fewer words, then alphabetical, then id),
// so "earlier" always means "more head-like", and nothing depends on the order the caller gave.

/** Similar pairs, appended without allocating per pair. */
export class EdgeBuffer {
  a: Int32Array;
  b: Int32Array;
  sim: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.sim = new Float64Array(capacity);
  }

  push(a: number, b: number, sim: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sim[this.length] = sim;
    this.length++;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    const sim = new Float64Array(size);
    a.set(this.a);
    b.set(this.b);
    sim.set(this.sim);
    this.a = a;
    this.b = b;
    this.sim = sim;
  }
}

/** Adjacency in compressed rows: the neighbours of v are `nbr[off[v]..off[v+1])`, ascending. */
export interface Adjacency {
  off: Int32Array;
  nbr: Int32Array;
  sim: Float64Array;
}

export function adjacency(n: number, edges: EdgeBuffer): Adjacency {
  const off = new Int32Array(n + 1);
  for (let e = 0; e < edges.length; e++) {
    off[edges.a[e]! + 1]!++;
    off[edges.b[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) off[v + 1]! += off[v]!;
  const fill = off.slice(0, n);
  const nbr = new Int32Array(off[n]!);
  const sim = new Float64Array(off[n]!);
  for (let e = 0; e < edges.length; e++) {
    const a = edges.a[e]!;
    const b = edges.b[e]!;
    const s = edges.sim[e]!;
    nbr[fill[a]!] = b;
    sim[fill[a]!++] = s;
    nbr[fill[b]!] = a;
    sim[fill[b]!++] = s;
  }
  // Edges arrive in an order that depends on the candidate search; sorting each row makes every later step
  // (ties included) depend on the graph alone.
  for (let v = 0; v < n; v++) sortRow(nbr, sim, off[v]!, off[v + 1]!);
  return { off, nbr, sim };
}

function sortRow(nbr: Int32Array, sim: Float64Array, from: number, to: number): void {
  // Rows are short (a keyword has few near-duplicates); insertion sort allocates nothing.
  for (let i = from + 1; i < to; i++) {
    const v = nbr[i]!;
    const s = sim[i]!;
    let j = i - 1;
    while (j >= from && nbr[j]! > v) {
      nbr[j + 1] = nbr[j]!;
      sim[j + 1] = sim[j]!;
      j--;
    }
    nbr[j + 1] = v;
    sim[j + 1] = s;
  }
}

/**
 * Star grouping ("centroid style"). Walking nodes in priority order, a node becomes a head when no earlier
 * head is similar to it; every other node joins the similar head it is MOST similar to (ties: the earlier
 * head). Every member is thus directly similar to its head — no chains of "a like b like c" — and the head is
 * the best-volume keyword that anchors it. Returns, per node, the head it belongs to (itself for a head).
 */
export function starGroups(n: number, adj: Adjacency): Int32Array {
  const { off, nbr, sim } = adj;
  const head = new Int32Array(n).fill(-1);
  const isHead = new Uint8Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    let covered = false;
    for (let p = off[v]!; p < off[v + 1]!; p++) {
      const u = nbr[p]!;
      if (u >= v) break;
      if (isHead[u]) {
        covered = true;
        break;
      }
    }
    if (!covered) {
      isHead[v] = 1;
      head[v] = v;
      size[v] = 1;
    }
  }
  for (let v = 0; v < n; v++) {
    if (isHead[v]) continue;
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let p = off[v]!; p < off[v + 1]!; p++) {
      const u = nbr[p]!;
      if (isHead[u] && sim[p]! > bestSim) {
        best = u;
        bestSim = sim[p]!;
      }
    }
    head[v] = best;
    size[best]!++;
  }
  // A head left alone (every keyword like it joined a head it resembles more) goes where its most similar
  // neighbour went, rather than being reported unclustered. Its neighbours are all members (heads are never
  // neighbours), so this is one step and cannot chain.
  for (let v = 0; v < n; v++) {
    if (!isHead[v] || size[v]! > 1) continue;
    let best = -1;
    let bestSim = Number.NEGATIVE_INFINITY;
    for (let p = off[v]!; p < off[v + 1]!; p++) {
      if (sim[p]! > bestSim) {
        best = nbr[p]!;
        bestSim = sim[p]!;
      }
    }
    if (best >= 0) head[v] = head[best]!;
  }
  return head;
}

/** Union-find over 0..n-1; the root of a set is its smallest member. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let v = 0; v < n; v++) this.parent[v] = v;
  }

  find(v: number): number {
    const parent = this.parent;
    let r = v;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[v] !== r) {
      const next = parent[v]!;
      parent[v] = r;
      v = next;
    }
    return r;
  }

  same(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index becomes the root, so the root is the set's highest-priority node.
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/**
 * Connected components (single linkage). Coarser than star grouping: two keywords share a cluster when a chain
 * of similar pairs links them. The root of each component is its earliest node.
 */
export function componentGroups(n: number, edges: EdgeBuffer): Int32Array {
  const forest = new UnionFind(n);
  for (let e = 0; e < edges.length; e++) forest.union(edges.a[e]!, edges.b[e]!);
  const head = new Int32Array(n);
  for (let v = 0; v < n; v++) head[v] = forest.find(v);
  return head;
}
