/* game: the session. Creates the game from the player's progress, runs one
 * tick (the player's events first, then the top screen or the level), draws,
 * hashes the state for determinism checks, and answers the queries tests and
 * the level test runner use. */
#include "game_internal.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAME_FIRST_LEVEL "levels/office/first_day.lua"

/* Every level file is read once, before any level runs: the hub's portals
 * and the review desks then never wait on the disk. */
static void game_finish_index(game *g)
{
    if (g->index.indexed) return;
    game_index_levels(g);
    /* After the index: the rank counts the quests whose every level is won. */
    game_update_rank(g, false);
}

game *game_create(const game_config *cfg)
{
    game *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->cfg = *cfg;
    snprintf(g->data_root, sizeof g->data_root, "%s", cfg->data_root ? cfg->data_root : ".");
    g->cfg.data_root = g->data_root;
    if (cfg->user_dir) {
        snprintf(g->user_dir, sizeof g->user_dir, "%s", cfg->user_dir);
        g->cfg.user_dir = g->user_dir;
    }
    char cat_err[600];
    game_index *ix = &g->index;
    ix->skill_pack_count = game_find_skill_packs(g->data_root, g->cfg.user_dir, ix->skill_packs,
                                                 GAME_MAX_SKILL_PACKS);
    for (int i = 0; i < cfg->skill_pack_count && ix->skill_pack_count < GAME_MAX_SKILL_PACKS; i++) {
        bool seen = false;
        for (int k = 0; k < ix->skill_pack_count && !seen; k++)
            seen = strcmp(ix->skill_packs[k], cfg->skill_packs[i]) == 0;
        char *copy = seen ? NULL : malloc(strlen(cfg->skill_packs[i]) + 1);
        if (copy) ix->skill_packs[ix->skill_pack_count++] = strcpy(copy, cfg->skill_packs[i]);
    }
    g->cfg.skill_packs = NULL;
    g->cfg.skill_pack_count = 0;
    g->catalogue = scr_catalogue_load(g->data_root, (const char *const *)ix->skill_packs,
                                      ix->skill_pack_count, cat_err, sizeof cat_err);
    if (!g->catalogue) log_error("%s", cat_err);
    rng_seed(&g->rng, cfg->seed);
    game_init_host(g);
    game_set_today(g, cfg->today);
    sav_defaults(&g->progress.saved);
    if (cfg->progress) game_progress_load(g, cfg->progress);
    for (int i = 0; i < cfg->copy_count && i < GAME_MAX_COPIES; i++)
        g->progress.copies[g->progress.copy_count++] = cfg->copies[i];
    g->cfg.copies = NULL;
    g->cfg.progress = NULL; /* the caller's copy: ours is progress.saved */
    g->settings = g->progress.saved.settings;
    bool at_title = !cfg->level_path && !cfg->author_mode;
    if (!(at_title && cfg->index_at_first_tick)) game_finish_index(g);
    char path[GAME_PATH_MAX];
    if (cfg->level_path)
        snprintf(path, sizeof path, "%s", cfg->level_path);
    else
        snprintf(path, sizeof path, "%s/%s", g->data_root, GAME_FIRST_LEVEL);
    if (at_title) {
        /* A normal start begins at the title; the level opens from there. */
        snprintf(g->level.path, sizeof g->level.path, "%s", path);
        game_menu_open(g, MENU_TITLE);
    } else {
        game_switch_level(g, path);
    }
    if (cfg->load_message && cfg->load_message[0]) {
        /* How the save was loaded goes first: the player must know. */
        game_say_first(g, "Your progress", cfg->load_message);
    }
    return g;
}

void game_destroy(game *g)
{
    if (!g) return;
    game_screen_close_all(g);
    game_level_close(g);
    game_codex_free(g);
    game_index_free(g);
    scr_catalogue_free(g->catalogue);
    free(g);
}

void game_set_painter(game *g, const game_painter *painter)
{
    g->ui.have_measure = painter && painter->font;
    if (painter) g->ui.measure = *painter;
}

/* The player's events come first in the tick, in the order they happened. */
static uint32_t game_take_events(game *g, const game_input *input)
{
    uint32_t pressed = 0;
    for (int i = 0; i < input->event_count; i++) {
        const game_event *e = &input->events[i];
        switch (e->kind) {
        case GAME_EV_CLICK:
            if (game_screen_top(g))
                pressed |= game_screen_click(g, e->x, e->y);
            else
                game_view_click(g, e->x, e->y);
            break;
        case GAME_EV_BIND: {
            game_screen *s = game_screen_top(g);
            if (s && s->ops->bind) s->ops->bind(g, s, e->action, e->name, e->pad);
            break;
        }
        case GAME_EV_DAY:
            if (e->minute > 0) game_set_minute(g, e->minute);
            else game_set_today(g, e->day);
            break;
        case GAME_EV_RELOAD:
            game_reload(g);
            break;
        case GAME_EV_LOG:
            g->ui.log_open = !g->ui.log_open;
            g->ui.log_unread = 0;
            break;
        case GAME_EV_NOTICE:
            game_say_first(g, "Your progress", e->text);
            break;
        case GAME_EV_KEPT:
            game_copy_kept(g, e->ok, e->text);
            break;
        }
        game_screen_sweep(g);
    }
    return pressed;
}

void game_tick(game *g, const game_input *input)
{
    game_finish_index(g);
    g->sound_count = 0;
    in_frame in = input->actions;
    in.pressed |= game_take_events(g, input);
    if (game_level_paused(g))
        game_screen_tick(g, &in); /* the level waits under the screen */
    else
        game_level_tick(g, &in);
    game_screen_sweep(g);
    if (g->pending_level[0]) {
        /* A level asked to leave (a portal): its script has returned by now. */
        char path[GAME_PATH_MAX];
        snprintf(path, sizeof path, "%s", g->pending_level);
        g->pending_level[0] = '\0';
        game_switch_level(g, path);
    }
    g->ticks++;
}

void game_tick_actions(game *g, const in_frame *actions)
{
    game_input in = {*actions, NULL, 0};
    game_tick(g, &in);
}

void game_draw(const game *g, game_painter *painter, float alpha)
{
    /* The level, unless a screen covers it (the title, the codex). */
    bool covered = false;
    for (int i = 0; i < g->ui.depth; i++) covered |= g->ui.stack[i].covers;
    if (!covered) game_view_draw(g, painter, game_level_paused(g) ? 1.0f : alpha);
    game_screen_draw(g, painter);
}

const sav_settings *game_settings(const game *g)
{
    return &g->settings;
}

bool game_take_settings_change(game *g)
{
    bool changed = g->settings_changed;
    g->settings_changed = false;
    return changed;
}

void game_sound(game *g, const char *name)
{
    /* Dropping a sound beyond the cap is harmless: it is one tick's sounds. */
    if (g->sound_count < GAME_MAX_SOUNDS && strlen(name) < sizeof g->sounds[0])
        strcpy(g->sounds[g->sound_count++], name);
}

int game_take_sounds(game *g, const char **names, int max)
{
    int n = g->sound_count < max ? g->sound_count : max;
    for (int i = 0; i < n; i++) names[i] = g->sounds[i];
    g->sound_count = 0;
    return n;
}

const char *game_music(const game *g)
{
    return g->music[0] ? g->music : NULL;
}

bool game_wants_quit(const game *g)
{
    return g->quit;
}

uint64_t game_ticks(const game *g)
{
    return g->ticks;
}

static uint64_t game_mix(uint64_t h, const void *data, size_t size)
{
    const unsigned char *bytes = data;
    for (size_t i = 0; i < size; i++) h = (h ^ bytes[i]) * 0x100000001b3ULL;
    return h;
}

uint64_t game_world_hash(const game *g)
{
    return g->level.world ? wld_hash(g->level.world) : 0xcbf29ce484222325ULL;
}

uint64_t game_hash(const game *g)
{
    const game_level *lv = &g->level;
    uint64_t h = game_world_hash(g);
    int32_t state[] = {lv->facing,     lv->moving,  lv->step_timer, lv->hurt_timer,
                       lv->result,     lv->hints_shown, lv->quiz_right, lv->quiz_asked};
    h = game_mix(h, state, sizeof state);
    h = game_mix(h, lv->goal_done, sizeof lv->goal_done);
    h = game_mix(h, &g->rng, sizeof g->rng);
    if (lv->script) {
        uint64_t level_rng = scr_level_random_state(lv->script);
        h = game_mix(h, &level_rng, sizeof level_rng);
    }
    h = game_screen_hash(g, h);
    return game_progress_hash(g, h);
}

uint16_t game_sprite(const game *g, const char *name)
{
    return ren_atlas_find(g->cfg.atlas, name);
}

uint16_t game_anim(const game *g, const char *name)
{
    char first[64];
    snprintf(first, sizeof first, "%s_0", name);
    uint16_t id = ren_atlas_find(g->cfg.atlas, first);
    return id ? id : ren_atlas_find(g->cfg.atlas, name);
}

void game_reload(game *g)
{
    game_level *lv = &g->level;
    char path[GAME_PATH_MAX];
    snprintf(path, sizeof path, "%s", lv->path);
    float px = 0, py = 0;
    bool had_player = game_player_position(g, &px, &py);
    /* Load into a scratch game level first: a broken file must not cost the
     * running one. (Levels are large: the spare copy lives on the heap.) */
    game_level *old = malloc(sizeof *old);
    if (!old) {
        log_error("game: out of memory reloading %s", path);
        return;
    }
    *old = *lv;
    memset(lv, 0, sizeof *lv);
    /* The level starts over, and so does what it gave: a reloaded orb must
     * count again, not be "already held". */
    game_career *pr = &g->progress;
    int skills_now = pr->skill_count, xp_now = pr->xp;
    if (old->loaded) {
        pr->skill_count = old->skills_at_start;
        pr->xp = old->xp_at_start;
    }
    char err[700];
    if (!game_level_open(g, path, err, sizeof err)) {
        game_level_close(g);
        *lv = *old;
        free(old);
        game_level_bind_tiles(g); /* the failed load may have replaced the tilesets */
        pr->skill_count = skills_now;
        pr->xp = xp_now;
        snprintf(lv->error, sizeof lv->error, "Reload failed: %s", err);
        lv->error_ticks = 60 * 30;
        log_warn("%s", lv->error);
        return;
    }
    game_level_free(old);
    free(old);
    /* What the old level said, asked or showed goes; menus stay. */
    for (int i = 0; i < g->ui.depth; i++)
        if (g->ui.stack[i].ops->queued || g->ui.stack[i].ops == &game_summary_ops ||
            g->ui.stack[i].ops == &game_error_ops)
            g->ui.stack[i].closing = true;
    game_level_bind_tiles(g); /* the old level's tilesets are gone with it */
    if (had_player && lv->world) {
        /* Keep the player where the new map still allows it. */
        game_entity *p = game_entity_of(g, lv->player_id);
        int w, h;
        wld_size(lv->world, p->handle, &w, &h);
        if (!wld_map_rect_solid(lv->world, (int)px, (int)py, w, h))
            wld_set_position(lv->world, p->handle, (int32_t)(px * WLD_SUBPX),
                             (int32_t)(py * WLD_SUBPX));
        /* No replay of the opening brief on every save. */
        for (int i = 0; i < g->ui.depth; i++)
            if (g->ui.stack[i].ops == &game_dialogue_ops) g->ui.stack[i].closing = true;
    }
    game_screen_sweep(g);
    log_info("game: reloaded %s", path);
}

int game_watched_files(const game *g, const char **paths, int max)
{
    int n = 0;
    if (n < max && g->level.path[0]) paths[n++] = g->level.path;
    if (!g->level.loaded) return n;
    /* The map, its .tsx tilesets and their images: saving any reloads. */
    const lvl_map *m = &g->level.def.map;
    for (int i = 0; i < m->file_count && n < max; i++)
        if (strcmp(m->files[i], g->level.path) != 0) paths[n++] = m->files[i];
    if (m->file_count == 0 && n < max && m->source) paths[n++] = m->source;
    return n;
}

/* --- queries ----------------------------------------------------------------- */

bool game_player_position(const game *g, float *x, float *y)
{
    *x = *y = 0.0f;
    const game_level *lv = &g->level;
    const game_entity *p = game_entity_of_const(g, lv->player_id);
    if (!p) return false;
    int32_t sx, sy;
    wld_position(lv->world, p->handle, &sx, &sy);
    *x = (float)sx / WLD_SUBPX;
    *y = (float)sy / WLD_SUBPX;
    return true;
}

bool game_dialogue_open(const game *g)
{
    return game_screen_find_const(g, &game_dialogue_ops) != NULL;
}

const char *game_dialogue_text(const game *g)
{
    const char *quiz = game_quiz_text(g);
    if (quiz) return quiz;
    int page;
    const game_box *b = game_dialogue_box(g, &page);
    return b ? b->pages[page] : NULL;
}

bool game_goals_met(const game *g)
{
    const game_level *lv = &g->level;
    for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++)
        if (!lv->goal_done[i]) return false;
    return lv->loaded;
}

int game_level_result(const game *g)
{
    return g->level.result > 0 ? 1 : g->level.result;
}

const char *game_last_error(const game *g)
{
    return g->level.error[0] ? g->level.error : NULL;
}

const char *game_level_title(const game *g)
{
    if (game_on_title(g) || !g->level.loaded || !g->level.def.title) return "";
    return g->level.def.title;
}

const char *game_level_id(const game *g)
{
    return g->level.loaded ? g->level.def.id : NULL;
}

const char *game_entity_label(const game *g, const char *name_or_type)
{
    int id = game_find_id(g, name_or_type);
    const game_entity *e = id ? &g->level.entities[id - 1] : NULL;
    return e && e->label[0] ? e->label : NULL;
}

int game_find_id(const game *g, const char *key)
{
    const game_level *lv = &g->level;
    if (!lv->world) return 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < lv->entity_cap; i++) {
            const game_entity *e = &lv->entities[i];
            if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
            if (strcmp(pass == 0 ? e->name : e->type, key) == 0) return i + 1;
        }
    return 0;
}

bool game_find(const game *g, const char *key, float *x, float *y)
{
    int id = game_find_id(g, key);
    if (!id) return false;
    const game_level *lv = &g->level;
    const game_entity *e = &lv->entities[id - 1];
    int32_t sx, sy;
    int w, h;
    wld_position(lv->world, e->handle, &sx, &sy);
    wld_size(lv->world, e->handle, &w, &h);
    *x = (float)sx / WLD_SUBPX + w / 2.0f;
    *y = (float)sy / WLD_SUBPX + h / 2.0f;
    return true;
}
