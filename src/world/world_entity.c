/* world_entity: the entity store. Slots are reused through a free list; each
 * reuse bumps the slot's generation so old handles stop matching. */
#include "world_internal.h"
#include "log.h"

#include <stdlib.h>
#include <string.h>

#define WLD_GROW(field) (void **)&w->field, sizeof *w->field

static bool wld_grow_array(void **array, size_t elem, uint32_t old_cap, uint32_t new_cap)
{
    void *grown = realloc(*array, elem * new_cap);
    if (!grown) return false;
    memset((char *)grown + elem * old_cap, 0, elem * (new_cap - old_cap));
    *array = grown;
    return true;
}

static bool wld_reserve(world *w, uint32_t needed)
{
    if (needed <= w->capacity) return true;
    if (needed > WLD_MAX_ENTITIES) return false;
    uint32_t cap = w->capacity ? w->capacity : 64;
    while (cap < needed) cap *= 2;
    if (cap > WLD_MAX_ENTITIES) cap = WLD_MAX_ENTITIES;
    struct {
        void **array;
        size_t elem;
    } arrays[] = {
        {WLD_GROW(generation)}, {WLD_GROW(state)},     {WLD_GROW(free_slots)},
        {WLD_GROW(dying)},      {WLD_GROW(kind)},      {WLD_GROW(flags)},
        {WLD_GROW(x)},          {WLD_GROW(y)},         {WLD_GROW(prev_x)},
        {WLD_GROW(prev_y)},     {WLD_GROW(vx)},        {WLD_GROW(vy)},
        {WLD_GROW(w)},          {WLD_GROW(h)},         {WLD_GROW(sprite)},
        {WLD_GROW(frames)},     {WLD_GROW(rate)},      {WLD_GROW(hits)},
        {WLD_GROW(touching)},   {WLD_GROW(sprite_dx)}, {WLD_GROW(sprite_dy)},
        {WLD_GROW(anim_phase)}, {WLD_GROW(user)},      {WLD_GROW(grid_cell_of)},
        {WLD_GROW(solids)},
    };
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        if (!wld_grow_array(arrays[i].array, arrays[i].elem, w->capacity, cap)) return false;
    w->capacity = cap;
    return true;
}

world *wld_create(uint32_t capacity_hint)
{
    /* Only tells worlds apart for wld_map_version (what a cached drawing of the map
     * was made from); never part of the state or its hash. */
    static uint32_t serial;
    world *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->map_version = (uint64_t)++serial << 32;
    if (!wld_reserve(w, capacity_hint ? capacity_hint : 64) || !wld_map_reset(w, 1, 1)) {
        wld_destroy(w);
        return NULL;
    }
    return w;
}

void wld_destroy(world *w)
{
    if (!w) return;
    void *arrays[] = {w->generation, w->state,     w->free_slots, w->dying,      w->kind,
                      w->flags,      w->x,         w->y,          w->prev_x,     w->prev_y,
                      w->vx,         w->vy,        w->w,          w->h,          w->sprite,
                      w->frames,     w->rate,      w->hits,       w->touching,   w->sprite_dx,
                      w->sprite_dy,  w->anim_phase, w->user,      w->grid_cell_of, w->cells,
                      w->grid_start, w->grid_items, w->grid_boxes, w->contacts, w->solids,
                      w->grid_keys, w->grid_order};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++) free(arrays[i]);
    free(w);
}

uint64_t wld_tick_count(const world *w)
{
    return w->tick;
}

bool wld_slot_of(const world *w, wld_handle h, uint32_t *slot)
{
    if (h.index >= w->high_water || h.generation == 0) return false;
    if (w->generation[h.index] != h.generation || w->state[h.index] == WLD_SLOT_FREE)
        return false;
    *slot = h.index;
    return true;
}

static int16_t wld_clamp_size(int v)
{
    return (int16_t)(v < 0 ? 0 : (v > WLD_CELL ? WLD_CELL : v));
}

wld_handle wld_spawn(world *w, const wld_entity_desc *d)
{
    uint32_t slot;
    if (w->free_count > 0) {
        slot = w->free_slots[--w->free_count];
    } else {
        if (!wld_reserve(w, w->high_water + 1)) {
            log_error("world: cannot add an entity (limit %u reached or out of memory)",
                      (unsigned)WLD_MAX_ENTITIES);
            return (wld_handle){0, 0};
        }
        slot = w->high_water++;
    }
    if (d->w > WLD_CELL || d->h > WLD_CELL)
        log_warn("world: collider %dx%d larger than %d px is clamped", d->w, d->h, WLD_CELL);
    /* Generation 0 is reserved for "never valid", so wrap past it. */
    if (++w->generation[slot] == 0) w->generation[slot] = 1;
    w->state[slot] = WLD_SLOT_LIVE;
    w->kind[slot] = d->kind;
    w->flags[slot] = d->flags;
    w->x[slot] = w->prev_x[slot] = d->x * WLD_SUBPX;
    w->y[slot] = w->prev_y[slot] = d->y * WLD_SUBPX;
    w->vx[slot] = w->vy[slot] = 0;
    w->w[slot] = wld_clamp_size(d->w);
    w->h[slot] = wld_clamp_size(d->h);
    w->sprite[slot] = d->sprite;
    w->frames[slot] = d->frames ? d->frames : 1;
    w->rate[slot] = d->rate ? d->rate : 1;
    w->hits[slot] = 0;
    w->touching[slot] = 0;
    w->sprite_dx[slot] = d->sprite_dx;
    w->sprite_dy[slot] = d->sprite_dy;
    w->anim_phase[slot] = 0;
    w->user[slot] = d->user;
    w->live++;
    w->side_count[w->w[slot] > w->h[slot] ? w->w[slot] : w->h[slot]]++;
    w->grid_dirty = true;
    w->grid_set_changed = true;
    return wld_handle_of(w, slot);
}

void wld_remove(world *w, wld_handle h)
{
    uint32_t slot;
    if (!wld_slot_of(w, h, &slot) || w->state[slot] != WLD_SLOT_LIVE) return;
    w->state[slot] = WLD_SLOT_DYING;
    w->dying[w->dying_count++] = slot;
}

void wld_flush(world *w)
{
    if (w->dying_count == 0) return;
    for (uint32_t i = 0; i < w->dying_count; i++) {
        uint32_t slot = w->dying[i];
        w->state[slot] = WLD_SLOT_FREE;
        w->free_slots[w->free_count++] = slot;
        w->live--;
        w->side_count[w->w[slot] > w->h[slot] ? w->w[slot] : w->h[slot]]--;
    }
    w->dying_count = 0;
    w->grid_dirty = true;
    w->grid_set_changed = true;
}

bool wld_alive(const world *w, wld_handle h)
{
    uint32_t slot;
    return wld_slot_of(w, h, &slot) && w->state[slot] == WLD_SLOT_LIVE;
}

uint32_t wld_count(const world *w)
{
    return w->live;
}

void wld_each(world *w, wld_visit_fn fn, void *user)
{
    /* high_water may grow while visiting (spawns); new entities wait for the next pass. */
    uint32_t end = w->high_water;
    for (uint32_t i = 0; i < end; i++)
        if (w->state[i] == WLD_SLOT_LIVE) fn(w, wld_handle_of(w, i), user);
}

#define WLD_GETTER(type, name, field, fallback)                                                    \
    type name(const world *w, wld_handle h)                                                        \
    {                                                                                              \
        uint32_t slot;                                                                             \
        return wld_slot_of(w, h, &slot) ? (type)w->field[slot] : (fallback);                       \
    }

WLD_GETTER(uint16_t, wld_kind, kind, 0)
WLD_GETTER(uint16_t, wld_sprite, sprite, 0)
WLD_GETTER(uint16_t, wld_flags, flags, 0)
WLD_GETTER(int32_t, wld_user, user, 0)
WLD_GETTER(unsigned, wld_hits, hits, 0)

void wld_set_flags(world *w, wld_handle h, uint16_t flags)
{
    uint32_t slot;
    if (wld_slot_of(w, h, &slot)) w->flags[slot] = flags;
}

void wld_set_user(world *w, wld_handle h, int32_t user)
{
    uint32_t slot;
    if (wld_slot_of(w, h, &slot)) w->user[slot] = user;
}

void wld_position(const world *w, wld_handle h, int32_t *x, int32_t *y)
{
    uint32_t slot;
    bool ok = wld_slot_of(w, h, &slot);
    *x = ok ? w->x[slot] : 0;
    *y = ok ? w->y[slot] : 0;
}

void wld_set_position(world *w, wld_handle h, int32_t x, int32_t y)
{
    uint32_t slot;
    if (!wld_slot_of(w, h, &slot)) return;
    /* A teleport: no interpolation from the old spot. */
    w->x[slot] = w->prev_x[slot] = x;
    w->y[slot] = w->prev_y[slot] = y;
    w->grid_dirty = true;
}

void wld_velocity(const world *w, wld_handle h, int32_t *vx, int32_t *vy)
{
    uint32_t slot;
    bool ok = wld_slot_of(w, h, &slot);
    *vx = ok ? w->vx[slot] : 0;
    *vy = ok ? w->vy[slot] : 0;
}

void wld_set_velocity(world *w, wld_handle h, int32_t vx, int32_t vy)
{
    uint32_t slot;
    if (!wld_slot_of(w, h, &slot)) return;
    w->vx[slot] = vx;
    w->vy[slot] = vy;
}

void wld_size(const world *w, wld_handle h, int *width, int *height)
{
    uint32_t slot;
    bool ok = wld_slot_of(w, h, &slot);
    *width = ok ? w->w[slot] : 0;
    *height = ok ? w->h[slot] : 0;
}

void wld_sprite_offset(const world *w, wld_handle h, int *dx, int *dy)
{
    uint32_t slot;
    bool ok = wld_slot_of(w, h, &slot);
    *dx = ok ? w->sprite_dx[slot] : 0;
    *dy = ok ? w->sprite_dy[slot] : 0;
}

void wld_set_sprite(world *w, wld_handle h, uint16_t sprite, uint8_t frames, uint8_t rate)
{
    uint32_t slot;
    if (!wld_slot_of(w, h, &slot)) return;
    frames = frames ? frames : 1;
    rate = rate ? rate : 1;
    if (w->frames[slot] != frames || w->rate[slot] != rate) w->anim_phase[slot] = 0;
    w->sprite[slot] = sprite;
    w->frames[slot] = frames;
    w->rate[slot] = rate;
}
