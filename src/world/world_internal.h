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
typedef struct {
    int32_t x0, y0, x1, y1; /* subpixels, exclusive max */
    uint32_t slot;
    uint32_t sensor; /* nonzero if it reports contacts */
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

    /* broad phase: entities bucketed by cell, rebuilt each tick */
    int grid_w, grid_h;
    uint32_t *grid_start; /* grid_w*grid_h + 1 prefix sums */
    uint32_t *grid_items; /* slot indices */
    wld_grid_box *grid_boxes; /* the same entities' boxes, packed in cell order */
    uint32_t grid_item_cap;
    uint32_t *grid_cell_of; /* per slot: its cell, for the counting sort */
    bool grid_dirty;
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
wld_handle wld_handle_of(const world *w, uint32_t slot);
/* world_physics.c */
void wld_grid_rebuild(world *w);
bool wld_grid_resize(world *w);
/* world_map.c */
static inline int wld_floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

#endif
