/* game_level: a level in play. Builds the world from the level's definition,
 * runs the player and the goals natively, and hands touches, uses and ticks
 * to the level's script (game_host.c answers what it asks). */
#include "game_internal.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLAYER_SPEED 320    /* subpixels per tick: 1.25 px, 75 px/s */
#define PLAYER_DIAGONAL 226
#define PLAYER_ASSIST 6     /* pixels: how far a corner slides the player around it */
#define PLAYER_PROBE 2      /* pixels ahead a wall is looked for */
#define REACH_PX 6

game_entity *game_entity_of(game *g, int id)
{
    if (id < 1 || id > g->level.entity_cap) return NULL;
    game_entity *e = &g->level.entities[id - 1];
    return e->used && g->level.world && wld_alive(g->level.world, e->handle) ? e : NULL;
}

const game_entity *game_entity_of_const(const game *g, int id)
{
    if (id < 1 || id > g->level.entity_cap) return NULL;
    const game_entity *e = &g->level.entities[id - 1];
    return e->used && g->level.world && wld_alive(g->level.world, e->handle) ? e : NULL;
}

/* Ids are slots: a removed entity's slot is taken again, lowest first. The
 * table grows by doubling, up to GAME_MAX_ENTITIES; the world keeps the
 * positions. */
int game_add_entity(game *g, const wld_entity_desc *desc, const char *type, const char *name,
                    bool is_player)
{
    game_level *lv = &g->level;
    int slot = -1;
    for (int i = lv->free_hint; i < lv->entity_cap; i++)
        if (!lv->entities[i].used) {
            slot = i;
            break;
        }
    if (slot < 0) {
        if (lv->entity_cap >= GAME_MAX_ENTITIES) return 0;
        int cap = lv->entity_cap ? lv->entity_cap * 2 : 64;
        if (cap > GAME_MAX_ENTITIES) cap = GAME_MAX_ENTITIES;
        game_entity *grown = realloc(lv->entities, sizeof *grown * (size_t)cap);
        if (!grown) return 0;
        memset(grown + lv->entity_cap, 0, sizeof *grown * (size_t)(cap - lv->entity_cap));
        slot = lv->entity_cap;
        lv->entities = grown;
        lv->entity_cap = cap;
    }
    wld_entity_desc d = *desc;
    d.user = slot + 1;
    wld_handle h = wld_spawn(lv->world, &d);
    if (!h.generation) return 0;
    game_entity *e = &lv->entities[slot];
    memset(e, 0, sizeof *e);
    e->used = true;
    e->handle = h;
    e->is_player = is_player;
    snprintf(e->type, sizeof e->type, "%s", type ? type : "");
    snprintf(e->name, sizeof e->name, "%s", name ? name : "");
    lv->free_hint = slot + 1;
    return slot + 1;
}

void game_remove_entity(game *g, int id)
{
    game_level *lv = &g->level;
    game_entity *e = game_entity_of(g, id);
    if (!e) return;
    /* Gone from whatever held it, and whatever it held is free. */
    game_entity *slot = game_entity_of(g, e->on_slot);
    if (slot && slot->holding == id) slot->holding = 0;
    game_entity *held = game_entity_of(g, e->holding);
    if (held && held->on_slot == id) held->on_slot = 0;
    if (lv->carried == id) lv->carried = 0;
    wld_remove(lv->world, e->handle);
    e->used = false;
    e->on_slot = e->holding = 0;
    if (id - 1 < lv->free_hint) lv->free_hint = id - 1;
}

void game_mark_goals(game *g, lvl_goal_kind kind, const char *target, bool any_kind)
{
    game_level *lv = &g->level;
    for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++) {
        const lvl_goal *goal = &lv->def.goals[i];
        if ((any_kind || goal->kind == kind) && strcmp(goal->target, target) == 0 && !lv->goal_done[i]) {
            lv->goal_done[i] = true;
            game_sound(g, "confirm");
        }
    }
}

void game_report(game *g, const char *message)
{
    game_level *lv = &g->level;
    snprintf(lv->error, sizeof lv->error, "%s", message);
    lv->error_ticks = 60 * 10;
}

/* --- building the world ----------------------------------------------------- */

static void game_spawn_player(game *g)
{
    game_level *lv = &g->level;
    const lvl_object *start = lvl_object_find(&lv->def, "start", NULL);
    int tx = start ? start->x / WLD_TILE : 1, ty = start ? start->y / WLD_TILE : 1;
    static const char *const dirs[4] = {"player_down", "player_up", "player_left", "player_right"};
    for (int i = 0; i < 4; i++) lv->player_sprites[i] = game_anim(g, dirs[i]);
    /* The collider is the feet; the sprite stands above it. */
    wld_entity_desc d = {GAME_KIND_PLAYER, WLD_F_MOVES, tx * WLD_TILE + 3, ty * WLD_TILE + 6, 10, 9,
                         lv->player_sprites[FACE_DOWN], 1, 1, -3, -7, 0};
    lv->player_id = game_add_entity(g, &d, "player", "player", true);
    game_entity *p = game_entity_of(g, lv->player_id);
    if (p) wld_position(lv->world, p->handle, &lv->start_x, &lv->start_y);
}

bool game_level_open(game *g, const char *path, char *err, size_t err_size)
{
    game_level *lv = &g->level;
    snprintf(lv->path, sizeof lv->path, "%s", path);
    scr_env env = game_script_env(g, &g->host);
    lv->script = scr_level_load(path, &env, &lv->def, err, err_size);
    if (!lv->script) return false;
    if (lv->def.is_bank) {
        snprintf(err, err_size, "%s: a quest's bank holds review exercises; it is not a level to "
                 "play (check it with --check)", path);
        return false;
    }
    lv->loaded = true;
    lv->world = wld_create(256);
    if (!lv->world || !wld_map_reset(lv->world, lv->def.map.width, lv->def.map.height)) {
        snprintf(err, err_size, "%s: cannot build a %dx%d map", path, lv->def.map.width,
                 lv->def.map.height);
        return false;
    }
    for (int y = 0; y < lv->def.map.height; y++)
        for (int x = 0; x < lv->def.map.width; x++)
            wld_map_set_solid(lv->world, x, y, lvl_solid_at(&lv->def.map, x, y));
    game_level_bind_tiles(g);
    game_spawn_player(g);
    lv->xp_at_start = g->progress.xp;
    lv->skills_at_start = g->progress.skill_count;
    snprintf(g->music, sizeof g->music, "%s", lv->def.music ? lv->def.music : "music_hub");
    /* The brief opens the level, under its title; a level without one (the
     * hub, which greets a player once) opens straight into play. */
    if (lv->def.title && lv->def.brief) {
        const char *brief = lv->def.brief;
        game_level_say(g, lv->def.title, &brief, 1);
    }
    scr_level_start(lv->script);
    game_place_player(g); /* the level's things are in place now */
    char hub[GAME_PATH_MAX];
    if (game_hub_path(g, hub, sizeof hub) && strcmp(hub, path) == 0) game_quest_done_show(g);
    return true;
}

void game_level_restart(game *g)
{
    game_level *lv = &g->level;
    if (lv->loaded) {
        g->progress.skill_count = lv->skills_at_start;
        g->progress.xp = lv->xp_at_start;
    }
    char path[GAME_PATH_MAX];
    snprintf(path, sizeof path, "%s", lv->path);
    game_switch_level(g, path);
    game_update_rank(g, false);
}

void game_switch_level(game *g, const char *path)
{
    game_level *lv = &g->level;
    char target[GAME_PATH_MAX];
    snprintf(target, sizeof target, "%s", path);
    /* What the old level said or asked goes with it; menus stay. */
    for (int i = 0; i < g->ui.depth; i++)
        if (g->ui.stack[i].ops->queued || g->ui.stack[i].ops == &game_summary_ops ||
            g->ui.stack[i].ops == &game_error_ops)
            g->ui.stack[i].closing = true;
    game_screen_sweep(g);
    game_level_close(g);
    memset(lv, 0, sizeof *lv);
    char err[700];
    if (!game_level_open(g, target, err, sizeof err)) {
        /* The broken level is shown with its error; Enter leads back to safety. */
        log_error("%s", err);
        game_level_close(g);
        memset(lv, 0, sizeof *lv);
        snprintf(lv->path, sizeof lv->path, "%s", target);
        snprintf(lv->error, sizeof lv->error, "%s", err);
        lv->error_screen = true;
        game_screen_push(g, &game_error_ops, 0, NULL);
    }
}

void game_level_free(game_level *lv)
{
    scr_level_destroy(lv->script);
    lv->script = NULL;
    lvl_free(&lv->def);
    game_map_art_free(&lv->art);
    wld_destroy(lv->world);
    lv->world = NULL;
    free(lv->entities);
    lv->entities = NULL;
    lv->entity_cap = 0;
    lv->loaded = false;
}

void game_level_close(game *g)
{
    game_level_free(&g->level);
}

/* --- one tick ----------------------------------------------------------------- */

/* The solid entity the player can use: the nearest within reach. */
int game_interact_target_of(const game *g)
{
    const game_level *lv = &g->level;
    if (!lv->loaded || lv->error_screen) return 0;
    const game_entity *p = game_entity_of_const(g, lv->player_id);
    if (!p) return 0;
    int32_t px, py;
    int pw, ph;
    wld_position(lv->world, p->handle, &px, &py);
    wld_size(lv->world, p->handle, &pw, &ph);
    const int32_t reach = REACH_PX * WLD_SUBPX;
    int best = 0;
    int64_t best_d = 0;
    for (int i = 0; i < lv->entity_cap; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
        if (!(wld_flags(lv->world, e->handle) & WLD_F_SOLID)) continue;
        int32_t x, y;
        int w, h;
        wld_position(lv->world, e->handle, &x, &y);
        wld_size(lv->world, e->handle, &w, &h);
        if (!(px - reach < x + w * WLD_SUBPX && x < px + pw * WLD_SUBPX + reach &&
              py - reach < y + h * WLD_SUBPX && y < py + ph * WLD_SUBPX + reach))
            continue;
        int64_t dx = (int64_t)(x + w * WLD_SUBPX / 2) - (px + pw * WLD_SUBPX / 2);
        int64_t dy = (int64_t)(y + h * WLD_SUBPX / 2) - (py + ph * WLD_SUBPX / 2);
        int64_t d = dx * dx + dy * dy;
        if (!best || d < best_d) best = i + 1, best_d = d;
    }
    return best;
}

int game_interact_target(game *g)
{
    return game_interact_target_of(g);
}

/* Corner assist: walking straight into the edge of a wall beside a gap
 * slides the player around the corner when most of their body would pass,
 * as classic top-down games do, so one-tile doors need no pixel-exact aim.
 * Returns the sideways step (-1, 0, +1) on the other axis. */
static int game_corner_slide(const game_level *lv, const game_entity *p, int dx, int dy)
{
    int32_t sx, sy;
    int w, h;
    wld_position(lv->world, p->handle, &sx, &sy);
    wld_size(lv->world, p->handle, &w, &h);
    /* Whole pixels that cover the collider, part pixels included. */
    int x = (int)(sx / WLD_SUBPX), y = (int)(sy / WLD_SUBPX);
    if (sx % WLD_SUBPX) w++;
    if (sy % WLD_SUBPX) h++;
    int ahead_x = x + dx * PLAYER_PROBE, ahead_y = y + dy * PLAYER_PROBE;
    if (!wld_map_rect_solid(lv->world, ahead_x, ahead_y, w, h)) return 0;
    for (int d = 1; d <= PLAYER_ASSIST; d++) {
        int found = 0;
        for (int sign = -1; sign <= 1; sign += 2) {
            int ox = dx ? 0 : sign * d, oy = dx ? sign * d : 0;
            if (wld_map_rect_solid(lv->world, ahead_x + ox, ahead_y + oy, w, h)) continue;
            /* The way sideways must be clear too, pixel by pixel. */
            bool clear = true;
            for (int k = 1; k <= d && clear; k++)
                clear = !wld_map_rect_solid(lv->world, x + (dx ? 0 : sign * k), y + (dx ? sign * k : 0), w, h);
            if (clear) found = found ? 2 : sign; /* both ways equally near: a pillar, no slide */
        }
        if (found) return found == 2 ? 0 : found;
    }
    return 0;
}

static void game_move_player(game *g, const in_frame *in)
{
    game_level *lv = &g->level;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return;
    int dx = !!(in->held & IN_BIT(IN_RIGHT)) - !!(in->held & IN_BIT(IN_LEFT));
    int dy = !!(in->held & IN_BIT(IN_DOWN)) - !!(in->held & IN_BIT(IN_UP));
    int speed = dx && dy ? PLAYER_DIAGONAL : PLAYER_SPEED;
    int vx = dx * speed, vy = dy * speed;
    if ((dx != 0) != (dy != 0)) {
        int slide = game_corner_slide(lv, p, dx, dy);
        if (slide && dx) vx = 0, vy = slide * PLAYER_SPEED;
        if (slide && dy) vy = 0, vx = slide * PLAYER_SPEED;
    }
    wld_set_velocity(lv->world, p->handle, vx, vy);
    lv->moving = dx || dy;
    if (lv->moving) {
        if (dx) lv->facing = dx > 0 ? FACE_RIGHT : FACE_LEFT;
        else lv->facing = dy > 0 ? FACE_DOWN : FACE_UP;
        if (--lv->step_timer <= 0) {
            game_sound(g, "step");
            lv->step_timer = 18;
        }
    } else {
        lv->step_timer = 0;
    }
    wld_set_sprite(lv->world, p->handle, lv->player_sprites[lv->facing], lv->moving ? 4 : 1, 8);
}

static void game_contacts(game *g)
{
    game_level *lv = &g->level;
    const wld_contact *c;
    int n = wld_contacts(lv->world, &c);
    for (int i = 0; i < n; i++) {
        /* A touch can open a dialogue that pauses the world: stop there. */
        if (game_level_paused(g) || lv->result) break;
        int a = wld_user(lv->world, c[i].a), b = wld_user(lv->world, c[i].b);
        if (!game_entity_of(g, a) || !game_entity_of(g, b)) continue;
        game_entity *ea = game_entity_of(g, a), *eb = game_entity_of(g, b);
        if (ea->is_player && eb->name[0]) game_mark_goals(g, LVL_GOAL_REACH, eb->name, false);
        if (eb->is_player && ea->name[0]) game_mark_goals(g, LVL_GOAL_REACH, ea->name, false);
        scr_level_touch(lv->script, a, b);
        if (game_entity_of(g, a) && game_entity_of(g, b)) scr_level_touch(lv->script, b, a);
    }
}

void game_level_acknowledge(game *g)
{
    game_level *lv = &g->level;
    /* Back to the hub and its portals; in --level sessions (or data without
     * a hub) the player may keep walking here. */
    char hub[GAME_PATH_MAX];
    if (!g->cfg.author_mode && game_hub_path(g, hub, sizeof hub) && strcmp(hub, lv->path) != 0) {
        game_switch_level(g, hub);
        return;
    }
    lv->result = 2; /* won and acknowledged: free to walk around */
    game_quest_done_show(g);
}

/* A level that ended shows its summary after whatever it said or asked on
 * the way (a new rank's card first). True when the summary is up. */
static bool game_level_summarise(game *g)
{
    if (g->level.result != 1 && g->level.result >= 0) return false;
    if (!game_screen_find(g, &game_summary_ops))
        game_screen_enqueue(g, &game_summary_ops, 0, NULL);
    return true;
}

void game_level_tick(game *g, const in_frame *in)
{
    game_level *lv = &g->level;
    /* One budget for everything the level's script runs in this tick. */
    if (lv->script) scr_level_tick_begin(lv->script);
    game_career *pr = &g->progress;
    if (lv->error_ticks > 0) lv->error_ticks--;
    if (pr->rank_flash > 0) pr->rank_flash--;
    if (!lv->loaded || lv->error_screen) return;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (p && !game_guide_knocked(g)) wld_set_velocity(lv->world, p->handle, 0, 0);
    if (game_level_summarise(g)) return;
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_menu_open(g, MENU_PAUSE);
        game_sound(g, "cancel");
        return;
    }
    if (in->pressed & IN_BIT(IN_HINT)) {
        game_show_hint(g);
        return;
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        int target = game_interact_target_of(g);
        /* Carrying, or next to a slot with a token on it: placing comes first. */
        if (game_carry_confirm(g, target)) return;
        if (target) {
            scr_level_interact(lv->script, target);
            return;
        }
    }
    if (!game_guide_knocked(g)) game_move_player(g, in);
    wld_flush(lv->world);
    wld_step(lv->world);
    if (lv->hurt_timer > 0) lv->hurt_timer--;
    game_carry_tick(g);
    game_guide_tick(g);
    p = game_entity_of(g, lv->player_id);
    if (p) {
        unsigned hits = wld_hits(lv->world, p->handle);
        if (hits && lv->moving && !lv->bumping) game_sound(g, "bump");
        lv->bumping = hits != 0;
    }
    game_contacts(g);
    scr_level_update(lv->script, GAME_TICK_SECONDS);
    if (scr_level_stopped(lv->script)) {
        /* Over its budget: its scripts no longer run, so it cannot be played
         * on. The error stays on screen, and the game goes on elsewhere. */
        lv->error_screen = true;
        game_screen_push(g, &game_error_ops, 0, NULL);
        return;
    }
    game_level_summarise(g);
}
