/* world_grid: the broad phase. Every entity is filed under the grid cell of its
 * collider's top-left corner; the cells are squares of the smallest power of two
 * (16 or 32 px) that no collider is wider or taller than, so two colliders that
 * overlap are filed in the same or neighbouring cells.
 *
 * The entities are kept as one array sorted by (cell, slot) with their boxes packed
 * beside them. Entities move a little each tick, so the next tick's order is nearly
 * the same: an insertion sort from the last order costs about one pass, and the work
 * follows the number of entities, not the size of the map. A big reshuffle (a level
 * loads, many entities spawn or jump) falls back to a counting sort over the cells.
 *
 * Contacts come out in the same order on every run: by cell, then slot; for each
 * entity, the later ones in its cell, then the cell east of it, then the three cells
 * below (south-west, south, south-east), so each neighbouring pair of cells is
 * searched once. Each contact names the lower slot first. */
#include "world_internal.h"

_Static_assert(WLD_SUBPX == 256, "cells are found by shifting subpixels by 8 more");

#include <stdlib.h>
#include <string.h>

/* The cell side for colliders up to `side` px: 16 or 32 px. */
static int wld_cell_shift_for(int side)
{
    return side <= 16 ? 4 : 5;
}

static int wld_wanted_shift(const world *w)
{
    int side = WLD_CELL;
    while (side > 0 && w->side_count[side] == 0) side--;
    return wld_cell_shift_for(side);
}

bool wld_grid_resize(world *w)
{
    int shift = w->cell_shift ? w->cell_shift : wld_cell_shift_for(WLD_CELL);
    int cell = 1 << shift;
    int gw = (w->map_w * WLD_TILE + cell - 1) / cell;
    int gh = (w->map_h * WLD_TILE + cell - 1) / cell;
    uint32_t *start = calloc((size_t)gw * (size_t)gh + 1, sizeof *start);
    if (!start) return false;
    free(w->grid_start);
    w->grid_start = start;
    w->grid_w = gw;
    w->grid_h = gh;
    w->cell_shift = shift;
    w->grid_count = 0; /* the order is rebuilt from scratch */
    return true;
}

static uint32_t wld_cell_of(const world *w, uint32_t i)
{
    /* Left of or above the map is the edge cell, so only positive values shift. */
    int sub_shift = w->cell_shift + 8; /* WLD_SUBPX is 256 */
    int cx = w->x[i] < 0 ? 0 : w->x[i] >> sub_shift, cy = w->y[i] < 0 ? 0 : w->y[i] >> sub_shift;
    if (cx >= w->grid_w) cx = w->grid_w - 1;
    if (cy >= w->grid_h) cy = w->grid_h - 1;
    return (uint32_t)(cy * w->grid_w + cx);
}

/* Every filed slot in (cell, slot) order, from scratch. */
static void wld_counting_sort(world *w)
{
    size_t cells = (size_t)w->grid_w * (size_t)w->grid_h;
    memset(w->grid_start, 0, (cells + 1) * sizeof *w->grid_start);
    for (uint32_t i = 0; i < w->high_water; i++) {
        if (w->state[i] == WLD_SLOT_FREE) continue;
        uint32_t cell = wld_cell_of(w, i);
        w->grid_cell_of[i] = cell;
        w->grid_start[cell + 1]++;
    }
    for (size_t c = 0; c < cells; c++) w->grid_start[c + 1] += w->grid_start[c];
    for (uint32_t i = 0; i < w->high_water; i++) {
        if (w->state[i] == WLD_SLOT_FREE) continue;
        uint32_t at = w->grid_start[w->grid_cell_of[i]]++;
        w->grid_order[at] = (uint64_t)w->grid_cell_of[i] << 32 | i;
    }
    w->grid_count = w->live + w->dying_count;
}

/* The last order with every cell updated, sorted again by insertion; false (order
 * unusable) when that would take more than a few moves per entity. */
static bool wld_insertion_sort(world *w)
{
    uint32_t n = w->grid_count;
    uint64_t *order = w->grid_order;
    uint64_t budget = 4u * (uint64_t)n + 64, moves = 0;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t slot = (uint32_t)order[k];
        order[k] = (uint64_t)wld_cell_of(w, slot) << 32 | slot;
    }
    for (uint32_t k = 1; k < n; k++) {
        uint64_t key = order[k];
        uint32_t j = k;
        if (order[j - 1] <= key) continue;
        do {
            order[j] = order[j - 1];
            j--;
        } while (j > 0 && order[j - 1] > key);
        order[j] = key;
        moves += k - j;
        if (moves > budget) return false;
    }
    return true;
}

static bool wld_grid_reserve(world *w, uint32_t filed)
{
    if (w->grid_item_cap >= filed) return true;
    uint32_t cap = filed + filed / 2 + 16;
    uint64_t *order = realloc(w->grid_order, cap * sizeof *order);
    if (order) w->grid_order = order;
    uint32_t *items = realloc(w->grid_items, cap * sizeof *items);
    if (items) w->grid_items = items;
    uint32_t *keys = realloc(w->grid_keys, cap * sizeof *keys);
    if (keys) w->grid_keys = keys;
    wld_grid_box *boxes = realloc(w->grid_boxes, cap * sizeof *boxes);
    if (boxes) w->grid_boxes = boxes;
    if (!order || !items || !keys || !boxes) return false;
    w->grid_item_cap = cap;
    return true;
}

void wld_grid_rebuild(world *w)
{
    uint32_t filed = w->live + w->dying_count;
    if (!wld_grid_reserve(w, filed)) return; /* keep the old grid: stale but consistent */
    int shift = wld_wanted_shift(w);
    if (shift != w->cell_shift) {
        int old = w->cell_shift;
        w->cell_shift = shift;
        if (!wld_grid_resize(w)) w->cell_shift = old;
    }
    /* The set of entities changed: the old order cannot be reused. */
    if (w->grid_set_changed) w->grid_count = 0;
    if (w->grid_count != filed || !wld_insertion_sort(w)) wld_counting_sort(w);
    w->grid_set_changed = false;
    for (uint32_t k = 0; k < w->grid_count; k++) {
        uint32_t i = (uint32_t)w->grid_order[k];
        w->grid_items[k] = i;
        w->grid_keys[k] = (uint32_t)(w->grid_order[k] >> 32);
        bool live = w->state[i] == WLD_SLOT_LIVE;
        int32_t x1 = w->x[i] + w->w[i] * WLD_SUBPX, y1 = w->y[i] + w->h[i] * WLD_SUBPX;
        uint32_t flags = 0;
        if (!live || w->w[i] == 0 || w->h[i] == 0) flags |= WLD_BOX_INERT;
        if (live && (w->flags[i] & WLD_F_SENSOR)) flags |= WLD_BOX_SENSOR;
        w->grid_boxes[k] = (wld_grid_box){w->x[i], w->y[i], x1, y1, i, flags};
    }
    /* Movers check the solids in slot order. */
    w->solid_count = 0;
    for (uint32_t i = 0; i < w->high_water; i++)
        if (w->state[i] == WLD_SLOT_LIVE && (w->flags[i] & WLD_F_SOLID)) w->solids[w->solid_count++] = i;
    w->grid_dirty = false;
}

/* Room for `more` contacts past the ones found; false when out of memory. */
static bool wld_contact_room(world *w, uint32_t more)
{
    if ((uint64_t)w->contact_count + more <= (uint64_t)w->contact_cap) return true;
    uint64_t cap = w->contact_cap ? (uint64_t)w->contact_cap : 256;
    while (cap < (uint64_t)w->contact_count + more) cap *= 2;
    if (cap > INT32_MAX) return false;
    wld_contact *grown = realloc(w->contacts, (size_t)cap * sizeof *grown);
    if (!grown) return false;
    w->contacts = grown;
    w->contact_cap = (int)cap;
    return true;
}

/* Tests a against boxes [from, to) and writes a contact for each one that one of
 * the two is a live sensor, neither is dying or empty, and the boxes overlap. The
 * slots go in as written and the count moves only on a hit: one branch per range,
 * not five per candidate, as most candidates are near misses no predictor guesses. */
static inline int wld_test_range(const wld_grid_box *a, const wld_grid_box *boxes, uint32_t from,
                                 uint32_t to, wld_contact *out)
{
    int n = 0;
    for (uint32_t q = from; q < to; q++) {
        const wld_grid_box *b = &boxes[q];
        uint32_t f = a->flags | b->flags;
        int hit = ((f & (WLD_BOX_SENSOR | WLD_BOX_INERT)) == WLD_BOX_SENSOR) & (a->x0 < b->x1) &
                  (b->x0 < a->x1) & (a->y0 < b->y1) & (b->y0 < a->y1);
        uint32_t lo = a->slot < b->slot ? a->slot : b->slot, hi = a->slot ^ b->slot ^ lo;
        out[n] = (wld_contact){{lo, 0}, {hi, 0}};
        n += hit;
    }
    return n;
}

void wld_find_contacts(world *w)
{
    const wld_grid_box *boxes = w->grid_boxes;
    const uint32_t *keys = w->grid_keys;
    uint32_t n = w->grid_count, gw = (uint32_t)w->grid_w, gh = (uint32_t)w->grid_h;
    uint32_t below = 0; /* first entity at or past the row-below slice: only moves forward */
    w->contact_count = 0;
    for (uint32_t k = 0; k < n;) {
        uint32_t c = keys[k], e = k;
        while (e < n && keys[e] == c) e++;
        uint32_t cx = c % gw, cy = c / gw;
        /* The cell east of this one follows it in the order: one range with it. */
        uint32_t east_end = e;
        if (cx + 1 < gw)
            while (east_end < n && keys[east_end] == c + 1) east_end++;
        uint32_t lo = 0, hi = 0;
        if (cy + 1 < gh) {
            uint32_t first = c + gw - (cx > 0), last = c + gw + (cx + 1 < gw);
            while (below < n && keys[below] < first) below++;
            lo = hi = below;
            while (hi < n && keys[hi] <= last) hi++;
        }
        for (uint32_t p = k; p < e; p++) {
            if (!wld_contact_room(w, (east_end - p - 1) + (hi - lo) + 1)) return;
            wld_contact *out = w->contacts + w->contact_count;
            int found = wld_test_range(&boxes[p], boxes, p + 1, east_end, out);
            found += wld_test_range(&boxes[p], boxes, lo, hi, out + found);
            w->contact_count += found;
        }
        k = e;
    }
    for (int i = 0; i < w->contact_count; i++) {
        wld_contact *ct = &w->contacts[i];
        w->touching[ct->a.index] = w->touching[ct->b.index] = 1;
        ct->a.generation = w->generation[ct->a.index];
        ct->b.generation = w->generation[ct->b.index];
    }
}

/* The first sorted position whose cell is >= cell. */
uint32_t wld_grid_lower_bound(const world *w, uint32_t cell)
{
    uint32_t lo = 0, hi = w->grid_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (w->grid_keys[mid] < cell)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
