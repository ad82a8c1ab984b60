import { computed, reactive, ref } from 'vue';
import type { HouseholdLookup, ShelfItem } from './api';

/** Why an item cannot go into the basket (once more), or null when it can. */
export type ItemBlock = 'outOfStock' | 'limitReached' | 'cantAfford' | 'blocked' | null;

export interface BasketLine {
  item: ShelfItem;
  quantity: number;
  points: number;
}

/**
 * The household at the counter and what it takes: quantities per sku, bounded by stock, the
 * household's remaining limit and its redeemable points. `version` changes on every change, so
 * the sale knows its idempotency key no longer matches the basket.
 */
export function useBasket() {
  const household = ref<HouseholdLookup | null>(null);
  const quantities = reactive<Record<string, number>>({});
  const version = ref(0);

  const items = computed(() => household.value?.items ?? []);
  const lines = computed<BasketLine[]>(() =>
    items.value
      .filter((i) => (quantities[i.sku] ?? 0) > 0)
      .map((item) => ({ item, quantity: quantities[item.sku], points: quantities[item.sku] * item.pointsPrice })),
  );
  const total = computed(() => lines.value.reduce((sum, l) => sum + l.points, 0));
  const redeemable = computed(() => household.value?.redeemable ?? 0);
  const after = computed(() => redeemable.value - total.value);
  const blocked = computed(() => (household.value?.blocks.length ?? 0) > 0);
  /** Lines holding more than stock or limit allow now (after a refreshed shelf). */
  const overMax = computed(() => lines.value.filter((l) => l.quantity > maxOf(l.item)).map((l) => l.item.sku));
  /** The basket can be confirmed as it is. */
  const sendable = computed(() => lines.value.length > 0 && !blocked.value && after.value >= 0 && overMax.value.length === 0);

  /** The most units of an item the basket may hold. */
  function maxOf(item: ShelfItem): number {
    return Math.min(item.stock ?? Infinity, item.remaining ?? Infinity);
  }

  /** Why one more unit cannot be added. */
  function blockOf(item: ShelfItem): ItemBlock {
    const inBasket = quantities[item.sku] ?? 0;
    if (blocked.value) return 'blocked';
    if (item.stock !== null && inBasket >= item.stock) return 'outOfStock';
    if (item.remaining !== null && inBasket >= item.remaining) return 'limitReached';
    if (item.pointsPrice > after.value) return 'cantAfford';
    return null;
  }

  function set(sku: string, quantity: number): void {
    if (quantity <= 0) delete quantities[sku];
    else quantities[sku] = quantity;
    version.value++;
  }

  function add(item: ShelfItem): void {
    if (blockOf(item) === null) set(item.sku, (quantities[item.sku] ?? 0) + 1);
  }

  function less(item: ShelfItem): void {
    set(item.sku, (quantities[item.sku] ?? 0) - 1);
  }

  function clear(): void {
    for (const sku of Object.keys(quantities)) delete quantities[sku];
    version.value++;
  }

  /** A new household: an empty basket. */
  function show(lookup: HouseholdLookup | null): void {
    household.value = lookup;
    clear();
  }

  /** The same household read again (stock, limits, points changed): quantities kept for the operator to adjust; lines gone from the shelf dropped. */
  function refreshed(lookup: HouseholdLookup): void {
    household.value = lookup;
    for (const sku of Object.keys(quantities)) if (!lookup.items.some((i) => i.sku === sku)) set(sku, 0);
  }

  return {
    household,
    quantities,
    version,
    items,
    lines,
    total,
    redeemable,
    after,
    blocked,
    overMax,
    sendable,
    maxOf,
    blockOf,
    add,
    less,
    clear,
    show,
    refreshed,
  };
}

export type Basket = ReturnType<typeof useBasket>;
