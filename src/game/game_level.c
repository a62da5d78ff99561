/* game_level: a level in play. Builds the world from the level's definition,
 * runs the player, dialogue, quizzes and goals natively, and serves the
 * level's script through scr_host: the script decides, the engine moves. */
#include "game_internal.h"
#include "log.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLAYER_SPEED 320    /* subpixels per tick: 1.25 px, 75 px/s */
#define PLAYER_DIAGONAL 226
#define HURT_TICKS 90
#define REACH_PX 6
#define TICK_SECONDS (1.0 / 60.0)

static game *host_game(void *user)
{
    return user;
}

game_entity *game_entity_of(game *g, int id)
{
    if (id < 1 || id > GAME_MAX_ENTITIES) return NULL;
    game_entity *e = &g->level.entities[id - 1];
    return e->used && g->level.world && wld_alive(g->level.world, e->handle) ? e : NULL;
}

static int game_add_entity(game *g, const wld_entity_desc *desc, const char *type,
                           const char *name, bool is_player)
{
    game_level *lv = &g->level;
    for (int i = 0; i < GAME_MAX_ENTITIES; i++) {
        game_entity *e = &lv->entities[i];
        if (e->used) continue;
        wld_entity_desc d = *desc;
        d.user = i + 1;
        wld_handle h = wld_spawn(lv->world, &d);
        if (!h.generation) return 0;
        memset(e, 0, sizeof *e);
        e->used = true;
        e->handle = h;
        e->is_player = is_player;
        snprintf(e->type, sizeof e->type, "%s", type ? type : "");
        snprintf(e->name, sizeof e->name, "%s", name ? name : "");
        return i + 1;
    }
    return 0;
}

void game_level_say(game *g, const char *speaker, const char *const *pages, int count)
{
    game_level *lv = &g->level;
    if (lv->box_count == GAME_MAX_BOXES || count <= 0) return;
    game_box *b = &lv->boxes[lv->box_count++];
    snprintf(b->speaker, sizeof b->speaker, "%.*s", (int)sizeof b->speaker - 1, speaker);
    b->page_count = count < GAME_MAX_PAGES ? count : GAME_MAX_PAGES;
    for (int i = 0; i < b->page_count; i++) game_expand_keys(g, pages[i], b->pages[i], sizeof b->pages[i]);
    if (lv->box_count == 1) {
        lv->page = 0;
        lv->box_ticks = 0;
        game_sound(g, "talk");
    }
}

static void game_say_one(game *g, const char *speaker, const char *text)
{
    game_level_say(g, speaker, &text, 1);
}

static void game_mark_goals(game *g, lvl_goal_kind kind, const char *target, bool any_kind)
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

static void game_report(game *g, const char *message)
{
    game_level *lv = &g->level;
    snprintf(lv->error, sizeof lv->error, "%s", message);
    lv->error_ticks = 60 * 10;
}

/* --- what a level may ask: scr_host ---------------------------------------- */

static int h_spawn(void *user, const scr_spawn_desc *d)
{
    game *g = host_game(user);
    uint16_t sprite = 0;
    if (d->sprite) {
        sprite = d->frames > 1 ? game_anim(g, d->sprite) : game_sprite(g, d->sprite);
        if (!sprite) sprite = game_anim(g, d->sprite);
        if (!sprite) game_report(g, "a behaviour names a sprite that is not in the atlas");
    }
    uint16_t flags = (d->solid ? WLD_F_SOLID : 0) | (d->sensor ? WLD_F_SENSOR : 0) |
                     (d->moves ? WLD_F_MOVES : 0) | (d->bounce ? WLD_F_BOUNCE : 0) |
                     (d->hidden || !sprite ? WLD_F_HIDDEN : 0);
    bool character = d->type && (!strcmp(d->type, "mentor") || !strcmp(d->type, "npc") ||
                                 !strcmp(d->type, "bug"));
    wld_entity_desc wd = {character ? GAME_KIND_CHARACTER : GAME_KIND_THING, flags, (int32_t)floor(d->x), (int32_t)floor(d->y), (int16_t)d->w,
                          (int16_t)d->h, sprite, (uint8_t)d->frames, (uint8_t)d->rate,
                          (int8_t)d->sprite_dx, (int8_t)d->sprite_dy, 0};
    return game_add_entity(g, &wd, d->type, d->name, false);
}

static void h_remove(void *user, int id)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    wld_remove(g->level.world, e->handle);
    e->used = false;
    scr_level_forget(g->level.script, id);
}

static scr_entity_info h_entity(void *user, int id)
{
    game *g = host_game(user);
    scr_entity_info info = {0};
    game_entity *e = game_entity_of(g, id);
    if (!e) return info;
    int32_t x, y;
    int w, h;
    wld_position(g->level.world, e->handle, &x, &y);
    wld_size(g->level.world, e->handle, &w, &h);
    info.exists = true;
    info.x = (double)x / WLD_SUBPX / WLD_TILE;
    info.y = (double)y / WLD_SUBPX / WLD_TILE;
    info.w = w;
    info.h = h;
    info.type = e->is_player ? "player" : e->type;
    info.name = e->name[0] ? e->name : NULL;
    return info;
}

static int h_player(void *user)
{
    return host_game(user)->level.player_id;
}

static void h_move(void *user, int id, double x, double y)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (e) wld_set_position(g->level.world, e->handle, (int32_t)(x * WLD_SUBPX), (int32_t)(y * WLD_SUBPX));
}

static void h_set_velocity(void *user, int id, double vx, double vy)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    wld_set_velocity(g->level.world, e->handle, (int32_t)lround(vx * WLD_SUBPX / 60.0),
                     (int32_t)lround(vy * WLD_SUBPX / 60.0));
}

static void h_set_sprite(void *user, int id, const char *sprite, int frames, int rate)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e) return;
    uint16_t s = frames > 1 ? game_anim(g, sprite) : game_sprite(g, sprite);
    if (!s) s = game_anim(g, sprite);
    if (!s) {
        char msg[160];
        snprintf(msg, sizeof msg, "sq.set_sprite: no sprite '%s' in the atlas", sprite);
        game_report(g, msg);
        return;
    }
    wld_set_sprite(g->level.world, e->handle, s, (uint8_t)frames, (uint8_t)rate);
}

static void h_set_solid(void *user, int id, bool solid)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    uint16_t f = wld_flags(g->level.world, e->handle);
    wld_set_flags(g->level.world, e->handle, solid ? (f | WLD_F_SOLID) : (f & ~WLD_F_SOLID));
}

static void h_say(void *user, const char *speaker, const char *const *pages, int count)
{
    game_level_say(host_game(user), speaker, pages, count);
}

static void h_ask(void *user, const char *quiz_id)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    const lvl_quiz *q = lvl_quiz_find(&lv->def, quiz_id);
    /* One question at a time: a timer must not pull a quiz from under the player. */
    if (!q || q->choice_count < 1 || lv->quiz_state != QUIZ_CLOSED) return;
    lv->quiz = q;
    lv->quiz_state = QUIZ_ASKING;
    lv->quiz_cursor = 0;
    snprintf(lv->quiz_title, sizeof lv->quiz_title, "Terminal quiz");
    lv->quiz_note[0] = '\0';
    game_sound(g, "talk");
}

static void h_grant(void *user, const char *skill, const char *name, const char *card)
{
    game *g = host_game(user);
    if (game_has_skill(g, skill)) {
        /* Held from before (another level): the goal is met all the same. */
        game_mark_goals(g, LVL_GOAL_COLLECT, skill, false);
        return;
    }
    if (g->skill_count == GAME_MAX_SKILLS) return;
    snprintf(g->skills[g->skill_count++], sizeof g->skills[0], "%s", skill);
    g->save_wanted = true; /* a safe point: a skill is never lost */
    game_sound(g, "pickup");
    char speaker[96];
    snprintf(speaker, sizeof speaker, "New skill: %s", name ? name : skill);
    if (card) game_say_one(g, speaker, card);
    game_mark_goals(g, LVL_GOAL_COLLECT, skill, false);
    game_update_rank(g, true);
    if (g->level.script) scr_level_collect(g->level.script, skill);
}

static void h_add_xp(void *user, int xp)
{
    host_game(user)->xp += xp;
}

static bool h_has_skill(void *user, const char *skill)
{
    return game_has_skill(host_game(user), skill);
}

static void h_goal_done(void *user, const char *target)
{
    game_mark_goals(host_game(user), LVL_GOAL_REACH, target, true);
}

static bool h_goals_met(void *user)
{
    return game_goals_met(host_game(user));
}

static void h_hurt(void *user)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->hurt_timer > 0) return;
    lv->hurt_timer = HURT_TICKS;
    game_sound(g, "hurt");
    game_entity *p = game_entity_of(g, lv->player_id);
    if (p) {
        wld_set_position(lv->world, p->handle, lv->start_x, lv->start_y);
        wld_set_velocity(lv->world, p->handle, 0, 0);
    }
}

static void h_play_sound(void *user, const char *name)
{
    game_sound(host_game(user), name);
}

static void h_play_music(void *user, const char *name)
{
    game *g = host_game(user);
    snprintf(g->music, sizeof g->music, "%s", name);
}

static bool h_reveal_hint(void *user)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->hints_shown >= lv->def.hint_count) return false;
    char speaker[48];
    snprintf(speaker, sizeof speaker, "Hint %d of %d", lv->hints_shown + 1, lv->def.hint_count);
    game_say_one(g, speaker, lv->def.hints[lv->hints_shown++]);
    return true;
}

static void h_complete(void *user)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->result != 0) return;
    lv->result = 1;
    for (int i = 0; i < lv->def.grant_count; i++)
        if (!game_has_skill(g, lv->def.grants[i]) && g->skill_count < GAME_MAX_SKILLS)
            snprintf(g->skills[g->skill_count++], sizeof g->skills[0], "%s", lv->def.grants[i]);
    g->xp += lv->def.xp;
    if (lv->def.id && g->completed_count < GAME_MAX_LEVELS && !game_won(g, lv->def.id))
        snprintf(g->completed[g->completed_count++], sizeof g->completed[0], "%s", lv->def.id);
    g->save_wanted = true;
    game_sound(g, "portal");
    game_update_rank(g, true);
}

static void h_fail(void *user, const char *reason)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->result != 0) return;
    lv->result = -1;
    snprintf(lv->fail_reason, sizeof lv->fail_reason, "%s", reason);
    game_sound(g, "quiz_wrong");
}

static void h_set_label(void *user, int id, const char *text)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (e) snprintf(e->label, sizeof e->label, "%s", text);
}

static void h_quest_status(void *user, const char *quest, int *levels, int *won)
{
    game *g = host_game(user);
    game_index_levels(g);
    *levels = *won = 0;
    for (int i = 0; i < g->level_count; i++) {
        const game_level_info *info = &g->level_info[i];
        if (!info->readable || strcmp(info->quest, quest) != 0) continue;
        (*levels)++;
        *won += game_won(g, info->id);
    }
}

static bool h_enter_quest(void *user, const char *quest)
{
    game *g = host_game(user);
    game_index_levels(g);
    int first = -1, target = -1;
    for (int i = 0; i < g->level_count && target < 0; i++) {
        const game_level_info *info = &g->level_info[i];
        if (!info->readable || strcmp(info->quest, quest) != 0) continue;
        if (first < 0) first = i;
        if (!game_won(g, info->id)) target = i;
    }
    if (target < 0) target = first;
    if (target < 0) return false;
    /* Not now: the level's own script is running this very call. */
    snprintf(g->pending_level, sizeof g->pending_level, "%s", g->levels[target]);
    game_sound(g, "portal");
    return true;
}

static void h_report(void *user, const char *message)
{
    game_report(host_game(user), message);
}

void game_show_hint(game *g)
{
    game_level *lv = &g->level;
    if (!lv->loaded || h_reveal_hint(g)) return;
    game_say_one(g, "Hints", lv->def.hint_count ? "You have seen every hint for this level."
                                                : "This level has no hints.");
}

static int h_reviews_due(void *user)
{
    return game_reviews_due(host_game(user));
}

static int h_review(void *user, int max)
{
    return game_review_start(host_game(user), max);
}

void game_init_host(game *g)
{
    g->host = (scr_host){g,           h_spawn,       h_remove,    h_entity,      h_player,
                         h_move,      h_set_velocity, h_set_sprite, h_set_solid, h_say,
                         h_ask,       h_grant,       h_add_xp,    h_has_skill,   h_goal_done,
                         h_goals_met, h_hurt,        h_play_sound, h_play_music, h_reveal_hint,
                         h_complete,  h_fail,        h_set_label, h_quest_status,
                         h_enter_quest, h_report,    h_reviews_due, h_review};
}

/* --- building the world ----------------------------------------------------- */

void game_level_bind_tiles(game *g)
{
    game_level *lv = &g->level;
    const lvl_map *m = &lv->def.map;
    if (!lv->world) return;
    if (g->cfg.ren) ren_clear_sheets(g->cfg.ren);
    /* gid -> sprite id, per tileset. */
    uint16_t *base = calloc((size_t)m->tileset_count + 1, sizeof *base);
    uint16_t **names = calloc((size_t)m->tileset_count + 1, sizeof *names);
    for (int t = 0; base && names && t < m->tileset_count; t++) {
        const lvl_tileset *ts = &m->tilesets[t];
        if (ts->names) {
            names[t] = calloc((size_t)ts->count, sizeof **names);
            for (int i = 0; names[t] && i < ts->count; i++) names[t][i] = game_sprite(g, ts->names[i]);
        } else if (ts->image && g->cfg.ren) {
            base[t] = ren_add_sheet(g->cfg.ren, ts->image, ts->tile_w, ts->tile_h, ts->count,
                                    ts->columns);
        }
    }
    for (int layer = 0; layer < m->layer_count && layer < WLD_LAYERS; layer++) {
        for (int y = 0; y < m->height; y++)
            for (int x = 0; x < m->width; x++) {
                uint32_t raw = m->layers[layer][y * m->width + x];
                uint32_t gid = raw & LVL_GID_MASK, sprite = 0;
                for (int t = m->tileset_count - 1; gid && t >= 0; t--) {
                    const lvl_tileset *ts = &m->tilesets[t];
                    if (gid < ts->firstgid) continue;
                    uint32_t local = gid - ts->firstgid;
                    if (local < (uint32_t)ts->count)
                        sprite = names && names[t] ? names[t][local] : (base[t] ? base[t] + local : 0);
                    break;
                }
                uint32_t flips = raw & (LVL_FLIP_H | LVL_FLIP_V | LVL_FLIP_D);
                wld_map_set(lv->world, x, y, layer, sprite ? (sprite | flips) : 0);
            }
    }
    for (int t = 0; names && t < m->tileset_count; t++) free(names[t]);
    free(names);
    free(base);
}

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
    scr_env env = {g->data_root, scr_default_limits(), &g->host, g->cfg.seed};
    lv->script = scr_level_load(path, &env, &lv->def, err, err_size);
    if (!lv->script) return false;
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
    lv->xp_at_start = g->xp;
    lv->skills_at_start = g->skill_count;
    snprintf(g->music, sizeof g->music, "%s", lv->def.music ? lv->def.music : "music_hub");
    if (lv->def.title) {
        const char *brief = lv->def.brief ? lv->def.brief : lv->def.title;
        game_level_say(g, lv->def.title, &brief, 1);
    }
    /* A review desk asks questions from every level: read them now, outside
     * the level's time budget, rather than on its first on_update. */
    if (lvl_object_find(&lv->def, "review", NULL)) game_index_levels(g);
    scr_level_start(lv->script);
    return true;
}

void game_switch_level(game *g, const char *path)
{
    game_level *lv = &g->level;
    char target[4200];
    snprintf(target, sizeof target, "%s", path);
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
    }
}

void game_level_free(game_level *lv)
{
    scr_level_destroy(lv->script);
    lv->script = NULL;
    lvl_free(&lv->def);
    wld_destroy(lv->world);
    lv->world = NULL;
    lv->loaded = false;
}

void game_level_close(game *g)
{
    game_level_free(&g->level);
}

/* --- one tick ----------------------------------------------------------------- */

/* The solid entity the player can use: the nearest within reach. */
static int game_interact_target_of(game *g)
{
    game_level *lv = &g->level;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return 0;
    int32_t px, py;
    int pw, ph;
    wld_position(lv->world, p->handle, &px, &py);
    wld_size(lv->world, p->handle, &pw, &ph);
    const int32_t reach = REACH_PX * WLD_SUBPX;
    int best = 0;
    int64_t best_d = 0;
    for (int i = 0; i < GAME_MAX_ENTITIES; i++) {
        game_entity *e = &lv->entities[i];
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
    return g->level.loaded && !g->level.error_screen ? game_interact_target_of(g) : 0;
}

static void game_move_player(game *g, const in_frame *in)
{
    game_level *lv = &g->level;
    game_entity *p = game_entity_of(g, lv->player_id);
    if (!p) return;
    int dx = !!(in->held & IN_BIT(IN_RIGHT)) - !!(in->held & IN_BIT(IN_LEFT));
    int dy = !!(in->held & IN_BIT(IN_DOWN)) - !!(in->held & IN_BIT(IN_UP));
    int speed = dx && dy ? PLAYER_DIAGONAL : PLAYER_SPEED;
    wld_set_velocity(lv->world, p->handle, dx * speed, dy * speed);
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

static void game_quiz_tick(game *g, const in_frame *in)
{
    game_level *lv = &g->level;
    const lvl_quiz *q = lv->quiz;
    if (lv->quiz_state == QUIZ_ASKING) {
        if (in->pressed & IN_BIT(IN_UP)) {
            lv->quiz_cursor = (lv->quiz_cursor + q->choice_count - 1) % q->choice_count;
            game_sound(g, "cursor");
        }
        if (in->pressed & IN_BIT(IN_DOWN)) {
            lv->quiz_cursor = (lv->quiz_cursor + 1) % q->choice_count;
            game_sound(g, "cursor");
        }
        if (in->pressed & IN_BIT(IN_CANCEL)) {
            /* "Later": nothing is recorded, and a review stops here. */
            lv->quiz_state = QUIZ_CLOSED;
            lv->reviewing = false;
            game_sound(g, "cancel");
        } else if (in->pressed & IN_BIT(IN_CONFIRM)) {
            lv->quiz_correct = lv->quiz_cursor + 1 == q->answer;
            lv->quiz_state = QUIZ_FEEDBACK;
            if (lv->reviewing) {
                lv->review_right += lv->quiz_correct;
            } else {
                lv->quiz_asked++;
                lv->quiz_right += lv->quiz_correct;
            }
            game_sound(g, lv->quiz_correct ? "quiz_right" : "quiz_wrong");
            game_review_record(g, q, lv->quiz_correct, lv->def.id);
        }
        return;
    }
    if (in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL))) {
        lv->quiz_state = QUIZ_CLOSED;
        if (lv->reviewing) {
            /* A review's questions belong to other levels: not this one's goals. */
            game_review_next(g);
            return;
        }
        if (lv->quiz_correct) game_mark_goals(g, LVL_GOAL_ANSWER, q->id, false);
        scr_level_answer(lv->script, q->id, lv->quiz_correct);
    }
}

static void game_contacts(game *g)
{
    game_level *lv = &g->level;
    const wld_contact *c;
    int n = wld_contacts(lv->world, &c);
    for (int i = 0; i < n; i++) {
        /* A touch can open a dialogue that pauses the world: stop there. */
        if (lv->box_count || lv->quiz_state != QUIZ_CLOSED || lv->result) break;
        int a = wld_user(lv->world, c[i].a), b = wld_user(lv->world, c[i].b);
        if (!game_entity_of(g, a) || !game_entity_of(g, b)) continue;
        game_entity *ea = game_entity_of(g, a), *eb = game_entity_of(g, b);
        if (ea->is_player && eb->name[0]) game_mark_goals(g, LVL_GOAL_REACH, eb->name, false);
        if (eb->is_player && ea->name[0]) game_mark_goals(g, LVL_GOAL_REACH, ea->name, false);
        scr_level_touch(lv->script, a, b);
        if (game_entity_of(g, a) && game_entity_of(g, b)) scr_level_touch(lv->script, b, a);
    }
}

void game_level_tick(game *g, const in_frame *in)
{
    game_level *lv = &g->level;
    /* One budget for everything the level's script runs in this tick. */
    if (lv->script) scr_level_tick_begin(lv->script);
    if (lv->error_ticks > 0) lv->error_ticks--;
    if (g->rank_flash > 0) g->rank_flash--;
    if (lv->error_screen) {
        if (in->pressed & IN_BIT(IN_CONFIRM) && !g->cfg.author_mode) {
            /* Back to safe ground: the hub (or the first shipped level). */
            char safe[4200];
            if (!game_hub_path(g, safe, sizeof safe))
                snprintf(safe, sizeof safe, "%s/levels/office/first_day.lua", g->data_root);
            if (strcmp(safe, lv->path) != 0) game_switch_level(g, safe);
        }
        if (in->pressed & IN_BIT(IN_CANCEL)) g->quit = true;
        return;
    }
    if (!lv->loaded) return;
    if (lv->quit_prompt) {
        if (in->pressed & IN_BIT(IN_CONFIRM)) g->quit = true;
        if (in->pressed & IN_BIT(IN_CANCEL)) {
            lv->quit_prompt = false;
            game_sound(g, "cancel");
        }
        return;
    }
    game_entity *p = game_entity_of(g, lv->player_id);
    if (p) wld_set_velocity(lv->world, p->handle, 0, 0);
    if (lv->quiz_state != QUIZ_CLOSED) {
        game_quiz_tick(g, in);
        return;
    }
    if (lv->box_count > 0) {
        /* The world waits while someone speaks; text never advances by itself. */
        lv->box_ticks++;
        if (in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL))) {
            if (++lv->page >= lv->boxes[0].page_count) {
                memmove(&lv->boxes[0], &lv->boxes[1], sizeof lv->boxes[0] * (size_t)(lv->box_count - 1));
                lv->box_count--;
                lv->page = 0;
                game_sound(g, lv->box_count ? "talk" : "confirm");
            } else {
                game_sound(g, "talk");
            }
            lv->box_ticks = 0;
        }
        return;
    }
    if (lv->result != 0) {
        /* The summary is up: confirm closes it; a lost level starts again. */
        if (in->pressed & IN_BIT(IN_CONFIRM)) {
            if (lv->result < 0) {
                game_reload(g);
            } else {
                /* Back to the hub and its portals; in --level sessions (or
                 * data without a hub) the player may keep walking here. */
                char hub[4200];
                if (!g->cfg.author_mode && game_hub_path(g, hub, sizeof hub) &&
                    strcmp(hub, lv->path) != 0) {
                    game_switch_level(g, hub);
                    return;
                }
                lv->result = 2; /* won and acknowledged: free to walk around */
            }
        }
        if (lv->result != 2) return;
    }
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        /* --level sessions keep the plain quit question: no title to go back to. */
        if (g->cfg.author_mode) {
            lv->quit_prompt = true;
        } else {
            game_menu_open(g, MENU_PAUSE);
        }
        game_sound(g, "cancel");
        return;
    }
    if (in->pressed & IN_BIT(IN_HINT)) {
        game_show_hint(g);
        return;
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        int target = game_interact_target_of(g);
        if (target) {
            scr_level_interact(lv->script, target);
            return;
        }
    }
    game_move_player(g, in);
    wld_flush(lv->world);
    wld_step(lv->world);
    if (lv->hurt_timer > 0) lv->hurt_timer--;
    p = game_entity_of(g, lv->player_id);
    if (p) {
        unsigned hits = wld_hits(lv->world, p->handle);
        if (hits && lv->moving && !lv->bumping) game_sound(g, "bump");
        lv->bumping = hits != 0;
    }
    game_contacts(g);
    scr_level_update(lv->script, TICK_SECONDS);
}
