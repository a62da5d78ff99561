/* world: entities, the tile map, movement and collision, and the camera.
 *
 * Pure simulation: no SDL, no clock, no globals. Positions are fixed-point
 * (WLD_SUBPX units per pixel) so a run is the same bit for bit on every build.
 * Entities live in a store of parallel arrays addressed by handles
 * (index + generation): a handle to a removed entity is detected as stale.
 * Removal is lazy, so game code may remove entities while iterating. */
#ifndef SQ_WORLD_H
#define SQ_WORLD_H

#include <stdbool.h>
#include <stdint.h>

#define WLD_SUBPX 256      /* position units per pixel */
#define WLD_TILE 16        /* pixels per tile side */
#define WLD_CELL 32        /* broad-phase grid cell, pixels; colliders are at most this big */
#define WLD_MAX_MAP_SIDE 4096
#define WLD_MAX_ENTITIES (1u << 20)
#define WLD_LAYERS 4       /* tile layers drawn under the entities */

typedef struct world world;

/* Index + generation; the zero handle is never valid. */
typedef struct {
    uint32_t index;
    uint32_t generation;
} wld_handle;

enum {
    WLD_F_MOVES = 1u << 0,   /* integrates velocity each tick */
    WLD_F_SOLID = 1u << 1,   /* movers cannot enter it */
    WLD_F_BOUNCE = 1u << 2,  /* reverses velocity on hitting a wall */
    WLD_F_SENSOR = 1u << 3,  /* reports overlaps as contacts */
    WLD_F_HIDDEN = 1u << 4,  /* not drawn */
    WLD_F_GHOST = 1u << 5,   /* moves through walls and solids */
};

/* Which sides a mover hit during its last move. */
enum { WLD_HIT_LEFT = 1, WLD_HIT_RIGHT = 2, WLD_HIT_UP = 4, WLD_HIT_DOWN = 8 };

typedef struct {
    uint16_t kind;     /* the game's tag; the world only stores it */
    uint16_t flags;    /* WLD_F_* */
    int32_t x, y;      /* top-left of the collider, pixels */
    int16_t w, h;      /* collider size, pixels (0..WLD_CELL) */
    uint16_t sprite;   /* first animation frame (the game's sprite id) */
    uint8_t frames;    /* animation length, at least 1 */
    uint8_t rate;      /* ticks per animation frame, at least 1 */
    int8_t sprite_dx;  /* sprite offset from the collider, pixels */
    int8_t sprite_dy;
    int32_t user;      /* free for the game */
} wld_entity_desc;

typedef struct {
    wld_handle a, b;
} wld_contact;

/* One sprite to draw, in world pixels, interpolated between ticks. */
typedef struct {
    float x, y;
    uint16_t sprite; /* frame to draw */
    uint16_t kind;
    uint8_t tint;    /* 0 normal, 1 highlighted (e.g. touching) */
    float depth;     /* bottom edge: draw in ascending order */
    uint32_t order;  /* tie-breaker so equal depths always sort the same way */
} wld_draw_item;

world *wld_create(uint32_t capacity_hint);
void wld_destroy(world *w);
uint64_t wld_tick_count(const world *w);

/* --- entities --------------------------------------------------------- */
wld_handle wld_spawn(world *w, const wld_entity_desc *desc);
/* Marks for removal; the entity stays readable until wld_flush. */
void wld_remove(world *w, wld_handle h);
/* Frees the slots of removed entities; their handles become stale. */
void wld_flush(world *w);
bool wld_alive(const world *w, wld_handle h);
uint32_t wld_count(const world *w);
/* Visits every live entity in slot order; the callback may remove entities. */
typedef void (*wld_visit_fn)(world *w, wld_handle h, void *user);
void wld_each(world *w, wld_visit_fn fn, void *user);

uint16_t wld_kind(const world *w, wld_handle h);
/* The first frame of the entity's animation (the game's sprite id). */
uint16_t wld_sprite(const world *w, wld_handle h);
uint16_t wld_flags(const world *w, wld_handle h);
void wld_set_flags(world *w, wld_handle h, uint16_t flags);
int32_t wld_user(const world *w, wld_handle h);
void wld_set_user(world *w, wld_handle h, int32_t user);
/* Position of the collider's top-left, in WLD_SUBPX units. */
void wld_position(const world *w, wld_handle h, int32_t *x, int32_t *y);
void wld_set_position(world *w, wld_handle h, int32_t x, int32_t y);
void wld_velocity(const world *w, wld_handle h, int32_t *vx, int32_t *vy);
void wld_set_velocity(world *w, wld_handle h, int32_t vx, int32_t vy);
void wld_size(const world *w, wld_handle h, int *width, int *height);
/* Where its picture sits against its collider, pixels (tall pictures reach up). */
void wld_sprite_offset(const world *w, wld_handle h, int *dx, int *dy);
/* WLD_HIT_* bits from the last tick's move. */
unsigned wld_hits(const world *w, wld_handle h);
/* Changes the animation; keeps the phase when only the base frame changes. */
void wld_set_sprite(world *w, wld_handle h, uint16_t sprite, uint8_t frames, uint8_t rate);

/* --- tile map ----------------------------------------------------------- */
/* WLD_LAYERS drawn layers per cell, bottom first, and a solid flag. A tile is
 * the game's sprite id in the low 16 bits and flip flags in the top bits
 * (the world only stores it; 0 = empty). */
bool wld_map_reset(world *w, int width, int height);
int wld_map_width(const world *w);
int wld_map_height(const world *w);
void wld_map_set(world *w, int tx, int ty, int layer, uint32_t tile);
void wld_map_set_solid(world *w, int tx, int ty, bool solid);
uint32_t wld_map_tile(const world *w, int tx, int ty, int layer);
/* Outside the map counts as solid, so nothing walks off the edge. */
bool wld_map_solid(const world *w, int tx, int ty);
/* True when the pixel rectangle overlaps a solid tile. */
bool wld_map_rect_solid(const world *w, int x, int y, int width, int height);
/* Changes whenever a tile is set or the map is reset, and differs between worlds:
 * a drawing of the tiles made at one version stays right while it is current. */
uint64_t wld_map_version(const world *w);

/* --- simulation --------------------------------------------------------- */
/* One fixed tick: move movers against tiles and solids, advance animations,
 * then find the overlaps that involve a sensor (see wld_contacts). */
void wld_step(world *w);
/* Contacts found by the last wld_step, each pair once. */
int wld_contacts(const world *w, const wld_contact **contacts);
/* Same boxes overlapping, by pixels; for gameplay checks outside the step. */
bool wld_overlap(const world *w, wld_handle a, wld_handle b);
/* A stable hash of everything the simulation owns, for determinism checks. */
uint64_t wld_hash(const world *w);

/* --- drawing and camera ------------------------------------------------- */
/* Fills out with the sprites inside the view (pixels), sorted by depth,
 * positions interpolated by alpha in [0,1). Returns how many were written. */
int wld_collect_visible(world *w, float view_x, float view_y, int view_w, int view_h,
                        float alpha, wld_draw_item *out, int max_items);
/* Interpolated position (pixels) of an entity, for following it. */
void wld_interpolated(const world *w, wld_handle h, float alpha, float *x, float *y);
/* Top-left of a view of view_w x view_h centred on (cx, cy) and kept inside
 * the map; a map smaller than the view is centred instead. */
void wld_camera(const world *w, float cx, float cy, int view_w, int view_h, float *left,
                float *top);

#endif
