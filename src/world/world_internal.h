/* world_internal: the world's private layout, shared by the world_*.c files
 * only. Nothing outside the world module includes this. */
#ifndef SQ_WORLD_INTERNAL_H
#define SQ_WORLD_INTERNAL_H

#include "world.h"

#include <stddef.h>

enum { WLD_SLOT_FREE = 0, WLD_SLOT_LIVE = 1, WLD_SLOT_DYING = 2 };

typedef struct {
    uint32_t tile[WLD_LAYERS];
    uint8_t solid;
} wld_cell;

/* A collider copied next to its neighbours for the pair search. */
enum { WLD_BOX_SENSOR = 1, WLD_BOX_INERT = 2 };
typedef struct {
    int32_t x0, y0, x1, y1; /* subpixels, exclusive max */
    uint32_t slot;
    uint32_t flags; /* WLD_BOX_SENSOR: a live sensor; WLD_BOX_INERT: dying or empty */
} wld_grid_box;

struct world {
    /* store: parallel arrays indexed by slot */
    uint32_t capacity;
    uint32_t high_water; /* slots [0, high_water) have been used */
    uint32_t live;
    uint32_t *generation;
    uint8_t *state;
    uint32_t *free_slots;
    uint32_t free_count;
    uint32_t *dying;
    uint32_t dying_count;

    uint16_t *kind, *flags;
    int32_t *x, *y, *prev_x, *prev_y, *vx, *vy;
    int16_t *w, *h;
    uint16_t *sprite;
    uint8_t *frames, *rate, *hits, *touching;
    int8_t *sprite_dx, *sprite_dy;
    uint32_t *anim_phase;
    int32_t *user;

    /* map */
    int map_w, map_h;
    wld_cell *cells;
    uint64_t map_version; /* the world's serial in the top half, then every change */

    /* broad phase (world_grid.c): entities sorted by cell, rebuilt each tick */
    int grid_w, grid_h;
    int cell_shift;       /* cells are 1 << cell_shift px square */
    uint32_t side_count[WLD_CELL + 1]; /* entities by their collider's longer side */
    uint32_t *grid_start; /* grid_w*grid_h + 1: the counting sort's scratch */
    uint64_t *grid_order; /* cell << 32 | slot, sorted */
    uint32_t *grid_items; /* the slots in that order */
    uint32_t *grid_keys;  /* their cells */
    wld_grid_box *grid_boxes; /* the same entities' boxes, packed in that order */
    uint32_t grid_count;  /* how many are filed (0: sort from scratch) */
    uint32_t grid_item_cap;
    uint32_t *grid_cell_of; /* per slot: its cell, for the counting sort */
    bool grid_dirty;
    bool grid_set_changed; /* entities were added or freed since the last sort */
    /* Live solid entities, refreshed with the grid: rooms have a handful, so
     * movers check them directly instead of searching the grid. */
    uint32_t *solids;
    uint32_t solid_count;

    wld_contact *contacts;
    int contact_count, contact_cap;

    uint64_t tick;
};

/* world_entity.c */
bool wld_slot_of(const world *w, wld_handle h, uint32_t *slot);
static inline wld_handle wld_handle_of(const world *w, uint32_t slot)
{
    return (wld_handle){slot, w->generation[slot]};
}
/* world_grid.c */
void wld_grid_rebuild(world *w);
bool wld_grid_resize(world *w);
void wld_find_contacts(world *w);
uint32_t wld_grid_lower_bound(const world *w, uint32_t cell);
/* world_map.c */
static inline int wld_floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
/* wld_map_solid for the movers: outside the map is solid. */
static inline bool wld_solid_at(const world *w, int tx, int ty)
{
    if (tx < 0 || ty < 0 || tx >= w->map_w || ty >= w->map_h) return true;
    return w->cells[(size_t)ty * (size_t)w->map_w + (size_t)tx].solid != 0;
}

#endif
