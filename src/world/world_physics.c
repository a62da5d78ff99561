/* world_physics: axis-separated AABB movement against tiles and solid
 * entities, the step (the broad phase and contacts are world_grid.c's), and the state hash.
 * Moves are split into sub-steps shorter than a tile so nothing tunnels. */
#include "world_internal.h"

#include <stdlib.h>
#include <string.h>

#define WLD_TILE_SUB (WLD_TILE * WLD_SUBPX)
#define WLD_MAX_SUBSTEP (WLD_TILE_SUB / 2)

static bool wld_boxes_overlap(int32_t ax, int32_t ay, int32_t aw, int32_t ah, int32_t bx,
                              int32_t by, int32_t bw, int32_t bh)
{
    return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
}

/* Moves slot i along one axis by delta (|delta| <= WLD_MAX_SUBSTEP) and clamps
 * against tiles and solid entities it was not already inside. Returns hit bits. */
static unsigned wld_move_axis(world *w, uint32_t i, int axis, int32_t delta)
{
    int32_t *pos = axis == 0 ? &w->x[i] : &w->y[i];
    int32_t size = (axis == 0 ? w->w[i] : w->h[i]) * WLD_SUBPX;
    int32_t other = axis == 0 ? w->y[i] : w->x[i];
    int32_t other_size = (axis == 0 ? w->h[i] : w->w[i]) * WLD_SUBPX;
    int32_t old = *pos;
    int32_t next = old + delta;
    unsigned hit = 0;
    bool ghost = (w->flags[i] & WLD_F_GHOST) != 0;

    if (!ghost && size > 0 && other_size > 0) {
        int o0 = wld_floor_div(other, WLD_TILE_SUB);
        int o1 = wld_floor_div(other + other_size - 1, WLD_TILE_SUB);
        if (delta > 0) {
            int old_edge = wld_floor_div(old + size - 1, WLD_TILE_SUB);
            int new_edge = wld_floor_div(next + size - 1, WLD_TILE_SUB);
            for (int t = old_edge + 1; t <= new_edge && !hit; t++)
                for (int o = o0; o <= o1; o++)
                    if (axis == 0 ? wld_solid_at(w, t, o) : wld_solid_at(w, o, t)) {
                        next = t * WLD_TILE_SUB - size;
                        hit = axis == 0 ? WLD_HIT_RIGHT : WLD_HIT_DOWN;
                        break;
                    }
        } else if (delta < 0) {
            int old_edge = wld_floor_div(old, WLD_TILE_SUB);
            int new_edge = wld_floor_div(next, WLD_TILE_SUB);
            for (int t = old_edge - 1; t >= new_edge && !hit; t--)
                for (int o = o0; o <= o1; o++)
                    if (axis == 0 ? wld_solid_at(w, t, o) : wld_solid_at(w, o, t)) {
                        next = (t + 1) * WLD_TILE_SUB;
                        hit = axis == 0 ? WLD_HIT_LEFT : WLD_HIT_UP;
                        break;
                    }
        }
    }

    if (!ghost && size > 0 && other_size > 0 && delta != 0) {
        for (uint32_t k = 0; k < w->solid_count; k++) {
            uint32_t j = w->solids[k];
            if (j == i || w->state[j] != WLD_SLOT_LIVE || !(w->flags[j] & WLD_F_SOLID)) continue;
            int32_t jpos = axis == 0 ? w->x[j] : w->y[j];
            int32_t jsize = (axis == 0 ? w->w[j] : w->h[j]) * WLD_SUBPX;
            int32_t jother = axis == 0 ? w->y[j] : w->x[j];
            int32_t jother_size = (axis == 0 ? w->h[j] : w->w[j]) * WLD_SUBPX;
            if (jsize <= 0 || jother_size <= 0) continue;
            if (!(other < jother + jother_size && jother < other + other_size)) continue;
            bool was_inside = old < jpos + jsize && jpos < old + size;
            bool now_inside = next < jpos + jsize && jpos < next + size;
            if (was_inside || !now_inside) continue;
            if (delta > 0) {
                next = jpos - size;
                hit |= axis == 0 ? WLD_HIT_RIGHT : WLD_HIT_DOWN;
            } else {
                next = jpos + jsize;
                hit |= axis == 0 ? WLD_HIT_LEFT : WLD_HIT_UP;
            }
        }
    }
    *pos = next;
    return hit;
}

static void wld_move(world *w, uint32_t i)
{
    for (int axis = 0; axis < 2; axis++) {
        int32_t *vel = axis == 0 ? &w->vx[i] : &w->vy[i];
        int32_t remaining = *vel;
        unsigned hit = 0;
        while (remaining != 0 && !hit) {
            int32_t step = remaining;
            if (step > WLD_MAX_SUBSTEP) step = WLD_MAX_SUBSTEP;
            if (step < -WLD_MAX_SUBSTEP) step = -WLD_MAX_SUBSTEP;
            hit = wld_move_axis(w, i, axis, step);
            remaining -= step;
        }
        if (hit && (w->flags[i] & WLD_F_BOUNCE)) *vel = -*vel;
        w->hits[i] |= (uint8_t)hit;
    }
}

void wld_step(world *w)
{
    if (w->grid_dirty) wld_grid_rebuild(w);
    for (uint32_t i = 0; i < w->high_water; i++) {
        if (w->state[i] != WLD_SLOT_LIVE) continue;
        w->prev_x[i] = w->x[i];
        w->prev_y[i] = w->y[i];
        w->anim_phase[i]++;
        w->touching[i] = 0;
        w->hits[i] = 0;
        if ((w->flags[i] & WLD_F_MOVES) && (w->vx[i] || w->vy[i])) wld_move(w, i);
    }
    wld_grid_rebuild(w);
    wld_find_contacts(w);
    w->tick++;
}

int wld_contacts(const world *w, const wld_contact **contacts)
{
    *contacts = w->contacts;
    return w->contact_count;
}

bool wld_overlap(const world *w, wld_handle a, wld_handle b)
{
    uint32_t i, j;
    if (!wld_slot_of(w, a, &i) || !wld_slot_of(w, b, &j)) return false;
    return wld_boxes_overlap(w->x[i], w->y[i], w->w[i] * WLD_SUBPX, w->h[i] * WLD_SUBPX, w->x[j],
                             w->y[j], w->w[j] * WLD_SUBPX, w->h[j] * WLD_SUBPX);
}

static uint64_t wld_fnv(uint64_t hash, const void *data, size_t size)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < size; i++) {
        hash ^= p[i];
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

uint64_t wld_hash(const world *w)
{
    uint64_t hash = 0xcbf29ce484222325ULL;
    hash = wld_fnv(hash, &w->tick, sizeof w->tick);
    for (uint32_t i = 0; i < w->high_water; i++) {
        if (w->state[i] == WLD_SLOT_FREE) continue;
        int32_t fields[] = {(int32_t)i,        (int32_t)w->generation[i], w->kind[i], w->flags[i],
                            w->x[i],           w->y[i],                   w->vx[i],   w->vy[i],
                            w->sprite[i],      (int32_t)w->anim_phase[i], w->user[i], w->state[i]};
        hash = wld_fnv(hash, fields, sizeof fields);
    }
    for (int t = 0; t < w->map_w * w->map_h; t++) {
        const wld_cell *c = &w->cells[t];
        uint32_t cell[WLD_LAYERS + 1] = {c->tile[0], c->tile[1], c->tile[2], c->tile[3], c->solid};
        hash = wld_fnv(hash, cell, sizeof cell);
    }
    return hash;
}
